// API tokens (by hash prefix), optionally of one user. Param: $user (nullable).
// Columns: id, user, name, created, revoked
MATCH (t:ApiToken)
WHERE $user IS NULL OR t.user = $user
RETURN substring(t.hash, 0, 12) AS id, t.user AS user, t.name AS name, toString(t.created) AS created,
       t.revoked AS revoked
ORDER BY created
