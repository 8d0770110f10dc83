// Users, API tokens and embed tokens with every property (hashes only, never a token), for a
// backup. Columns: label, props
MATCH (n)
WHERE n:User OR n:ApiToken OR n:EmbedToken
RETURN CASE WHEN n:User THEN 'User' WHEN n:ApiToken THEN 'ApiToken' ELSE 'EmbedToken' END AS label,
       properties(n) AS props
ORDER BY label
