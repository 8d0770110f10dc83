// Export collaborations. Columns: id, name, status, started
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (c:Collaboration)
WHERE $of IS NULL OR c.id = $of
RETURN c.id AS id, c.name AS name, c.status AS status, toString(c.started) AS started
ORDER BY id
