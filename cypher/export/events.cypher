// Export events. Columns: id, name, date, kind
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (e:Event)
WHERE $of IS NULL OR e.id = $of
RETURN e.id AS id, e.name AS name, toString(e.date) AS date, e.kind AS kind ORDER BY id
