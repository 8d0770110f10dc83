// Before a restore: remove the users, tokens and introductions the backup replaces.
// Columns: removed
MATCH (n)
WHERE n:User OR n:ApiToken OR n:EmbedToken OR n:Introduction
DETACH DELETE n
RETURN count(*) AS removed
