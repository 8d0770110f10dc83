// Export collaborations. Columns: id, name, status, started
MATCH (c:Collaboration)
RETURN c.id AS id, c.name AS name, c.status AS status, toString(c.started) AS started
ORDER BY id
