// Export where groups are active. Columns: group_id, area_id
MATCH (g:Group)-[:ACTIVE_IN]->(a:Area) RETURN g.id AS group_id, a.id AS area_id ORDER BY group_id, area_id
