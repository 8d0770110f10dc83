// Upsert events. $rows: [{id, name, date, kind}]
// `search`: the folded name and kana that search matches (service/search.py).
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.name = row.name, e.date = row.date, e.kind = row.kind, e.search = row.search
