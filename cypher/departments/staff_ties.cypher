// A department's staff (members today) and the people they know in the groups it supports
// (directly, or as partners of a supported collaboration).
// Params: $department
// Columns: staff (person id), group (id), known (person id), strength
MATCH (d:Group {id: $department, kind: 'ward_department'})<-[m:MEMBER_OF]-(s:Person)
WHERE coalesce(m.until >= date(), true)
MATCH (d)-[:SUPPORTS]->(t)
MATCH (g:Group) WHERE g = t OR (t:Collaboration AND (g)-[:PARTNER_IN]->(t))
MATCH (s)-[k:KNOWS]-(o:Person)-[mo:MEMBER_OF]->(g)
WHERE coalesce(k.until >= date(), true) AND coalesce(mo.until >= date(), true)
RETURN DISTINCT s.id AS staff, g.id AS group, o.id AS known, k.strength AS strength
ORDER BY staff, group, known
