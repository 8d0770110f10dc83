// Export capabilities. Columns: id, name, category
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (c:Capability)
WHERE $of IS NULL OR c.id = $of
RETURN c.id AS id, c.name AS name, c.category AS category ORDER BY id
