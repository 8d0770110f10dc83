// Revoke the embed tokens whose hash starts with $prefix. Columns: revoked
MATCH (t:EmbedToken)
WHERE t.hash STARTS WITH $prefix
SET t.revoked = true
RETURN count(t) AS revoked
