// Upsert collaborations. $rows: [{id, name, status, started}]
UNWIND $rows AS row
MERGE (c:Collaboration {id: row.id})
SET c.name = row.name, c.status = row.status, c.started = row.started
