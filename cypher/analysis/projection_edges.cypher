// Ties of the people–group network: KNOWS between people and current memberships (no
// `until` in the past). Read as undirected. One row of parallel lists: far faster to receive
// than one row per tie. Columns: source, target, type, strength, role, context (lists)
MATCH (a:Person)-[r:KNOWS|MEMBER_OF]->(b)
WHERE r.until IS NULL OR r.until >= date()
RETURN collect(a.id) AS source, collect(b.id) AS target, collect(type(r)) AS type,
       collect(coalesce(r.strength, 0)) AS strength, collect(coalesce(r.role, '')) AS role,
       collect(coalesce(r.context, '')) AS context
