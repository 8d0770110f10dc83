// Export themes. Columns: id, name
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (t:Theme)
WHERE $of IS NULL OR t.id = $of
RETURN t.id AS id, t.name AS name ORDER BY id
