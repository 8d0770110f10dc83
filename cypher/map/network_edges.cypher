// Edges of the whole-network map: who knows whom, who belongs where, who takes part in
// which collaboration, and the cooperation/conflict history between groups.
// Columns: source, target, type, strength, role, kind
MATCH (a)-[r:KNOWS|MEMBER_OF|PARTNER_IN|RELATION]->(b)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.strength AS strength,
       r.role AS role, r.kind AS kind
ORDER BY source, target, type
