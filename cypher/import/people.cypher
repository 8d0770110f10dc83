// Upsert people. Visibility defaults to internal when the file leaves it empty.
// $rows: [{id, name, kana, visibility}]
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.kana = row.kana, p.visibility = coalesce(row.visibility, 'internal')
