// Revoke the API tokens whose hash starts with $prefix. Columns: revoked
MATCH (t:ApiToken) WHERE t.hash STARTS WITH $prefix AND NOT t.revoked
SET t.revoked = true
RETURN count(t) AS revoked
