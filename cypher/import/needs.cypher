// Group NEEDS capability (課題). $rows: [{group_id, capability_id, priority, note}]
UNWIND $rows AS row
MATCH (g:Group {id: row.group_id})
MATCH (c:Capability {id: row.capability_id})
MERGE (g)-[r:NEEDS]->(c)
SET r.priority = row.priority, r.note = row.note
