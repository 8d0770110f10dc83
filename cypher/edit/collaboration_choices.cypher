// Every collaboration, to choose one on a form. Columns: id, name
MATCH (c:Collaboration)
RETURN c.id AS id, c.name AS name
ORDER BY name, id
