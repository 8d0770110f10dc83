// The audit log is read newest first.
CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)
