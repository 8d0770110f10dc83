// Append one entry to the audit log. Params: $user, $action, $target, $detail, $address
CREATE (:AuditEntry {at: datetime(), user: $user, action: $action, target: $target,
                     detail: $detail, address: $address})
