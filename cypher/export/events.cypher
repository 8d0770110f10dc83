// Export events. Columns: id, name, date, kind
MATCH (e:Event) RETURN e.id AS id, e.name AS name, toString(e.date) AS date, e.kind AS kind ORDER BY id
