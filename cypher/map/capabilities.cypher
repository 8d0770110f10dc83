// Every capability (課題 or 強み), for choosing the need of a candidates map. Columns: id, name
MATCH (c:Capability)
RETURN c.id AS id, c.name AS name
ORDER BY c.name
