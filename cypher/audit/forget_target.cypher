// After a person is deleted, the log keeps only that something happened: entries about them
// lose the target and any detail. Param: $target. Columns: forgotten
MATCH (a:AuditEntry {target: $target})
SET a.target = null, a.detail = null
RETURN count(a) AS forgotten
