// What departments support, with where and on what each supported group or collaboration
// works: a group's own areas and themes; a collaboration's themes and its partners' areas.
// Areas are given with the 地域 they lie in (an area, or the area above it).
// Params: $department (an id, or null for every department)
// Columns: department, target, target_type ('Group' or 'Collaboration'), program, since,
//          areas (ids of 地域), themes (ids), partners (ids of a collaboration's groups)
MATCH (d:Group {kind: 'ward_department'})-[s:SUPPORTS]->(t)
WHERE $department IS NULL OR d.id = $department
CALL (t) {
  OPTIONAL MATCH (t)-[:PARTNER_IN]-(g:Group)
  RETURN collect(DISTINCT g.id) AS partners
}
CALL (t) {
  OPTIONAL MATCH (g:Group)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(r:Area {level: '地域'})
  WHERE g = t OR (g)-[:PARTNER_IN]->(t)
  RETURN collect(DISTINCT r.id) AS areas
}
CALL (t) {
  OPTIONAL MATCH (t)-[:WORKS_ON|ADDRESSES]->(th:Theme)
  RETURN collect(DISTINCT th.id) AS themes
}
RETURN d.id AS department, t.id AS target, CASE WHEN t:Collaboration THEN 'Collaboration' ELSE 'Group' END AS target_type,
       s.program AS program, toString(s.since) AS since, areas, themes, partners
ORDER BY department, target_type DESC, s.since, target
