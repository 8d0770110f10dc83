// Delete a person and every tie they have (memberships, acquaintances, attendance, areas).
// Param: $id. Columns: deleted (0 or 1)
OPTIONAL MATCH (p:Person {id: $id})
WITH p, CASE WHEN p IS NULL THEN 0 ELSE 1 END AS deleted
DETACH DELETE p
RETURN deleted
