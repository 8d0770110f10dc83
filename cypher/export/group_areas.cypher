// Export where groups are active. Columns: group_id, area_id
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (g:Group)-[:ACTIVE_IN]->(a:Area)
WHERE $of IS NULL OR g.id = $of
RETURN g.id AS group_id, a.id AS area_id ORDER BY group_id, area_id
