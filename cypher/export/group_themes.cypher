// Export group themes. Columns: group_id, theme_id
MATCH (g:Group)-[:WORKS_ON]->(t:Theme) RETURN g.id AS group_id, t.id AS theme_id ORDER BY group_id, theme_id
