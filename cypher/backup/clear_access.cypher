// Before a restore: remove the users and tokens the backup replaces. Columns: removed
MATCH (n)
WHERE n:User OR n:ApiToken OR n:EmbedToken
DETACH DELETE n
RETURN count(*) AS removed
