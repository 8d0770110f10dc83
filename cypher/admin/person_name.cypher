// A person's name, before they are deleted. Param: $id. Columns: name
MATCH (p:Person {id: $id})
RETURN p.name AS name
