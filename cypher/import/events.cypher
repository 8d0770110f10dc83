// Upsert events. $rows: [{id, name, date, kind}]
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.name = row.name, e.date = row.date, e.kind = row.kind
