// The audit log, newest first, optionally of one action or one user.
// Params: $action, $user (nullable), $limit. Columns: at, user, action, target, detail, address
MATCH (a:AuditEntry)
WHERE ($action IS NULL OR a.action = $action) AND ($user IS NULL OR a.user = $user)
RETURN toString(a.at) AS at, a.user AS user, a.action AS action, a.target AS target,
       a.detail AS detail, a.address AS address
ORDER BY a.at DESC
LIMIT $limit
