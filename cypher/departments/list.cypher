// The ward's departments (groups of kind ward_department): what each supports and who works
// there today. Columns: id, groups (supported), collaborations (supported), staff (count),
// staff_ids (in reading order; named, or not, per request), themes (ids of the themes it works on)
MATCH (d:Group {kind: 'ward_department'})
CALL (d) {
  OPTIONAL MATCH (d)-[:SUPPORTS]->(t)
  RETURN count(DISTINCT CASE WHEN t:Group THEN t END) AS groups,
         count(DISTINCT CASE WHEN t:Collaboration THEN t END) AS collaborations
}
CALL (d) {
  OPTIONAL MATCH (p:Person)-[m:MEMBER_OF]->(d) WHERE coalesce(m.until >= date(), true)
  WITH DISTINCT p ORDER BY p.kana, p.id
  RETURN count(p) AS staff, collect(p.id) AS staff_ids
}
CALL (d) {
  OPTIONAL MATCH (d)-[:WORKS_ON]->(t:Theme)
  RETURN collect(t.id) AS themes
}
RETURN d.id AS id, groups, collaborations, staff, staff_ids, themes
ORDER BY d.name
