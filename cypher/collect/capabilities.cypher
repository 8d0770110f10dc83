// The capability list respondents choose needs and strengths from. Columns: id, name
MATCH (c:Capability)
RETURN c.id AS id, c.name AS name
ORDER BY c.name, c.id
