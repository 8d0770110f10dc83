// Group ORGANIZED event. $rows: [{group_id, event_id}]
UNWIND $rows AS row
MATCH (g:Group {id: row.group_id})
MATCH (e:Event {id: row.event_id})
MERGE (g)-[:ORGANIZED]->(e)
