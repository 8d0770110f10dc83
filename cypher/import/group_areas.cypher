// Group ACTIVE_IN area. $rows: [{group_id, area_id}]
UNWIND $rows AS row
MATCH (g:Group {id: row.group_id})
MATCH (a:Area {id: row.area_id})
MERGE (g)-[:ACTIVE_IN]->(a)
