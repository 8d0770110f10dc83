// Ward department SUPPORTS a group or a collaboration (target_id names either).
// $rows: [{department_id, target_id, program, since}]
UNWIND $rows AS row
MATCH (d:Group {id: row.department_id})
OPTIONAL MATCH (group:Group {id: row.target_id})
OPTIONAL MATCH (collaboration:Collaboration {id: row.target_id})
WITH d, row, coalesce(group, collaboration) AS target
WHERE target IS NOT NULL
MERGE (d)-[s:SUPPORTS]->(target)
SET s.program = row.program, s.since = row.since
