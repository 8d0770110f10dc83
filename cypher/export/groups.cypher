// Export groups. Columns: id, name, kana, kind, sector, intermediary
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (g:Group)
WHERE $of IS NULL OR g.id = $of
RETURN g.id AS id, g.name AS name, g.kana AS kana, g.kind AS kind, g.sector AS sector,
       CASE WHEN g:Intermediary THEN 'true' ELSE 'false' END AS intermediary
ORDER BY id
