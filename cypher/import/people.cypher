// Upsert people. Visibility defaults to internal when the file leaves it empty.
// `search`: the folded name and kana that search matches (service/search.py).
// $rows: [{id, name, kana, visibility}]
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.kana = row.kana, p.visibility = coalesce(row.visibility, 'internal'), p.search = row.search
