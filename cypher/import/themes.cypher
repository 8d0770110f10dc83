// Upsert themes. $rows: [{id, name}]
UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
SET t.name = row.name
