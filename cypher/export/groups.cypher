// Export groups. Columns: id, name, kana, kind, sector, intermediary
MATCH (g:Group)
RETURN g.id AS id, g.name AS name, g.kana AS kana, g.kind AS kind, g.sector AS sector,
       CASE WHEN g:Intermediary THEN 'true' ELSE 'false' END AS intermediary
ORDER BY id
