// Person LIVES_IN area. $rows: [{person_id, area_id}]
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (a:Area {id: row.area_id})
MERGE (p)-[:LIVES_IN]->(a)
