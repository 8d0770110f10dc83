// Export collaboration themes. Columns: collaboration_id, theme_id
MATCH (c:Collaboration)-[:ADDRESSES]->(t:Theme)
RETURN c.id AS collaboration_id, t.id AS theme_id ORDER BY collaboration_id, theme_id
