// Export ward support. Columns: department_id, target_id, program, since
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (d:Group)-[s:SUPPORTS]->(t)
WHERE $of IS NULL OR d.id = $of
RETURN d.id AS department_id, t.id AS target_id, s.program AS program, toString(s.since) AS since
ORDER BY department_id, target_id
