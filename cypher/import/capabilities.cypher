// Upsert capabilities (a need or a strength). $rows: [{id, name, category}]
UNWIND $rows AS row
MERGE (c:Capability {id: row.id})
SET c.name = row.name, c.category = row.category
