// Upsert collaborations. $rows: [{id, name, status, started}]
// `search`: the folded name and kana that search matches (service/search.py).
UNWIND $rows AS row
MERGE (c:Collaboration {id: row.id})
SET c.name = row.name, c.status = row.status, c.started = row.started, c.search = row.search
