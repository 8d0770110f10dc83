// Export capabilities. Columns: id, name, category
MATCH (c:Capability) RETURN c.id AS id, c.name AS name, c.category AS category ORDER BY id
