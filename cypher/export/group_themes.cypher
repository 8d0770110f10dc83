// Export group themes. Columns: group_id, theme_id
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (g:Group)-[:WORKS_ON]->(t:Theme)
WHERE $of IS NULL OR g.id = $of
RETURN g.id AS group_id, t.id AS theme_id ORDER BY group_id, theme_id
