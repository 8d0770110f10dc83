// The supports and partnerships among the nodes $ids (a department's map).
// Columns: source, target, type, strength, role, kind, since, confirmed
MATCH (a)-[r:SUPPORTS|PARTNER_IN]->(b)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a.id AS source, b.id AS target, type(r) AS type, null AS strength, coalesce(r.role, r.program) AS role,
       null AS kind, toString(r.since) AS since, toString(r.confirmed) AS confirmed
ORDER BY source, target, type
