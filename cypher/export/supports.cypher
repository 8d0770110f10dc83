// Export ward support. Columns: department_id, target_id, program, since
MATCH (d:Group)-[s:SUPPORTS]->(t)
RETURN d.id AS department_id, t.id AS target_id, s.program AS program, toString(s.since) AS since
ORDER BY department_id, target_id
