// The departments concerned by a collaboration that do not support it already: one that works
// on one of its themes, or that supports one of its partners; with the areas where both it and a partner are active
// (the same area or one around it: said, not a reason by itself, as most departments serve
// the whole ward) and its staff who already know someone in a partner group (today's ties,
// strongest first).
// Params: $collaboration
// Columns: department, themes (shared theme ids), supports (ids of what it supports: the
//          collaboration or its partners), areas (shared area ids), known ([staff, known
//          person, group, strength] lists)
MATCH (c:Collaboration {id: $collaboration})
MATCH (d:Group {kind: 'ward_department'})
CALL (c, d) {
  OPTIONAL MATCH (c)-[:ADDRESSES]->(t:Theme)<-[:WORKS_ON]-(d)
  RETURN collect(DISTINCT t.id) AS themes
}
CALL (c, d) {
  OPTIONAL MATCH (d)-[:SUPPORTS]->(s) WHERE s = c OR (s)-[:PARTNER_IN]->(c)
  RETURN collect(DISTINCT s.id) AS supports
}
CALL (c, d) {
  OPTIONAL MATCH (c)<-[:PARTNER_IN]-(:Group)-[:ACTIVE_IN]->(x:Area)-[:PART_OF*0..3]->(a:Area)<-[:ACTIVE_IN]-(d)
  RETURN collect(DISTINCT a.id) AS areas
}
WITH c, d, themes, supports, areas
WHERE (size(themes) > 0 OR size(supports) > 0) AND NOT c.id IN supports  // one that supports it knows of it
CALL (c, d) {
  OPTIONAL MATCH (d)<-[m:MEMBER_OF]-(s:Person)-[k:KNOWS]-(o:Person)-[mo:MEMBER_OF]->(g:Group)-[:PARTNER_IN]->(c)
  WHERE coalesce(m.until >= date(), true) AND coalesce(k.until >= date(), true) AND coalesce(mo.until >= date(), true)
  WITH s, o, g, k ORDER BY coalesce(k.strength, 1) DESC, s.id, o.id
  RETURN collect(CASE WHEN s IS NOT NULL THEN [s.id, o.id, g.id, coalesce(k.strength, 1)] END) AS known
}
RETURN d.id AS department, themes, supports, areas, known
ORDER BY size(supports) DESC, size(themes) DESC, d.id
