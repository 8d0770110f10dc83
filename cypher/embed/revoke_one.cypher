// Revoke the one embed token whose SHA-256 is $hash, if it is not revoked already.
// Params: $hash. Columns: revoked (0 or 1)
OPTIONAL MATCH (t:EmbedToken {hash: $hash})
WHERE NOT t.revoked
SET t.revoked = true
RETURN count(t) AS revoked
