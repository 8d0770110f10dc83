// Ties of the people–group network: KNOWS between people and current memberships (no
// `until` in the past). Read as undirected. Columns: source, target, type, strength, role, context
MATCH (a:Person)-[r:KNOWS|MEMBER_OF]->(b)
WHERE r.until IS NULL OR r.until >= date()
RETURN a.id AS source, b.id AS target, type(r) AS type, r.strength AS strength, r.role AS role,
       r.context AS context
