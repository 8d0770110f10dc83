// Upsert groups; intermediaries (中間支援) also carry the :Intermediary label.
// $rows: [{id, name, kana, kind, sector, intermediary}]
UNWIND $rows AS row
MERGE (g:Group {id: row.id})
SET g.name = row.name, g.kana = row.kana, g.kind = row.kind, g.sector = row.sector
FOREACH (_ IN CASE WHEN coalesce(row.intermediary, false) THEN [1] ELSE [] END | SET g:Intermediary)
FOREACH (_ IN CASE WHEN coalesce(row.intermediary, false) THEN [] ELSE [1] END | REMOVE g:Intermediary)
