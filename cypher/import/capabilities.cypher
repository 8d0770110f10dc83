// Upsert capabilities (a need or a strength). $rows: [{id, name, category}]
// `search`: the folded name and kana that search matches (service/search.py).
UNWIND $rows AS row
MERGE (c:Capability {id: row.id})
SET c.name = row.name, c.category = row.category, c.search = row.search
