// Every theme, for choosing one (by name). Columns: id, name
MATCH (t:Theme)
RETURN t.id AS id, t.name AS name
ORDER BY t.name
