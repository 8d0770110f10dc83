// Export where people live. Columns: person_id, area_id
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (p:Person)-[:LIVES_IN]->(a:Area)
WHERE $of IS NULL OR p.id = $of
RETURN p.id AS person_id, a.id AS area_id ORDER BY person_id, area_id
