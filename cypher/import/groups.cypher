// Upsert groups; intermediaries (中間支援) also carry the :Intermediary label.
// `search`: the folded name and kana that search matches (service/search.py).
// $rows: [{id, name, kana, kind, sector, intermediary}]
UNWIND $rows AS row
MERGE (g:Group {id: row.id})
SET g.name = row.name, g.kana = row.kana, g.kind = row.kind, g.sector = row.sector, g.search = row.search
FOREACH (_ IN CASE WHEN coalesce(row.intermediary, false) THEN [1] ELSE [] END | SET g:Intermediary)
FOREACH (_ IN CASE WHEN coalesce(row.intermediary, false) THEN [] ELSE [1] END | REMOVE g:Intermediary)
