// Export collaboration themes. Columns: collaboration_id, theme_id
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (c:Collaboration)-[:ADDRESSES]->(t:Theme)
WHERE $of IS NULL OR c.id = $of
RETURN c.id AS collaboration_id, t.id AS theme_id ORDER BY collaboration_id, theme_id
