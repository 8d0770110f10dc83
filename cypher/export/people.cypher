// Export people. Columns: id, name, kana, visibility
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (p:Person)
WHERE $of IS NULL OR p.id = $of
RETURN p.id AS id, p.name AS name, p.kana AS kana, p.visibility AS visibility ORDER BY id
