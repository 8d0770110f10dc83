// Where one department's groups need what another department's groups offer: a group
// supported by one department (directly, or as a partner of a collaboration it supports)
// needs a capability that a group supported by another offers, the two groups share a theme
// or an area, and they have neither a history (cooperation, conflict) nor a collaboration.
// Columns: needing_department, needing (group), capability, offering_department, offering
//          (group), themes (shared theme ids), areas (shared area ids)
MATCH (d1:Group {kind: 'ward_department'})-[:SUPPORTS]->(t1)
MATCH (g1:Group) WHERE g1 = t1 OR (t1:Collaboration AND (g1)-[:PARTNER_IN]->(t1))
MATCH (g1)-[:NEEDS]->(c:Capability)<-[:OFFERS]-(g2:Group)
WHERE g2 <> g1 AND g1.kind <> 'ward_department' AND g2.kind <> 'ward_department'
  AND NOT EXISTS { (g1)-[:RELATION]-(g2) } AND NOT EXISTS { (g1)-[:PARTNER_IN]->(:Collaboration)<-[:PARTNER_IN]-(g2) }
MATCH (d2:Group {kind: 'ward_department'})-[:SUPPORTS]->(t2)
WHERE d2 <> d1 AND (g2 = t2 OR (t2:Collaboration AND (g2)-[:PARTNER_IN]->(t2)))
WITH DISTINCT d1, g1, c, d2, g2
CALL (g1, g2) {
  OPTIONAL MATCH (g1)-[:WORKS_ON]->(th:Theme)<-[:WORKS_ON]-(g2)
  RETURN collect(DISTINCT th.id) AS themes
}
CALL (g1, g2) {
  OPTIONAL MATCH (g1)-[:ACTIVE_IN]->(a:Area)<-[:ACTIVE_IN]-(g2)
  RETURN collect(DISTINCT a.id) AS areas
}
WITH d1, g1, c, d2, g2, themes, areas
WHERE size(themes) > 0 OR size(areas) > 0
RETURN d1.id AS needing_department, g1.id AS needing, c.id AS capability, d2.id AS offering_department,
       g2.id AS offering, themes, areas
ORDER BY needing_department, needing, capability, offering_department, offering
