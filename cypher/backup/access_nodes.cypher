// Users, API tokens, embed tokens (hashes only, never a token) and introductions with every
// property, for a backup. Columns: label, props
MATCH (n)
WHERE n:User OR n:ApiToken OR n:EmbedToken OR n:Introduction
RETURN CASE WHEN n:User THEN 'User' WHEN n:ApiToken THEN 'ApiToken' WHEN n:EmbedToken THEN 'EmbedToken'
            ELSE 'Introduction' END AS label,
       properties(n) AS props
ORDER BY label
