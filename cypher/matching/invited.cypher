// The groups to invite to a matching event (not ward departments): those active in $area
// (or inside it) and working on $theme, or, with $ids, exactly those; with what the planner
// weighs (service/analysis/matching.py): sector, areas (where it is active), themes, needs
// and offers (capability ids).
// Params: $area, $theme (ids or null), $ids (a list, or null)
// Columns: id, sector, areas, themes, needs, offers
MATCH (g:Group)
WHERE coalesce(g.kind, '') <> 'ward_department'
  AND CASE WHEN $ids IS NOT NULL THEN g.id IN $ids
           ELSE ($area IS NULL OR EXISTS { (g)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) })
                AND ($theme IS NULL OR EXISTS { (g)-[:WORKS_ON]->(:Theme {id: $theme}) }) END
CALL (g) {
  OPTIONAL MATCH (g)-[:ACTIVE_IN]->(a:Area)
  RETURN collect(DISTINCT a.id) AS areas
}
CALL (g) {
  OPTIONAL MATCH (g)-[:WORKS_ON]->(t:Theme)
  RETURN collect(DISTINCT t.id) AS themes
}
CALL (g) {
  OPTIONAL MATCH (g)-[:NEEDS]->(c:Capability)
  RETURN collect(DISTINCT c.id) AS needs
}
CALL (g) {
  OPTIONAL MATCH (g)-[:OFFERS]->(c:Capability)
  RETURN collect(DISTINCT c.id) AS offers
}
RETURN g.id AS id, g.sector AS sector, areas, themes, needs, offers
ORDER BY id
