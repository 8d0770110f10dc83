// Every group, to choose one on a form (a list the browser filters as one types).
// Columns: id, name
MATCH (g:Group)
RETURN g.id AS id, g.name AS name
ORDER BY name, id
