// People ranked by their stored bridging score, optionally only those connected to an area
// (living there, or in a group active there, sub-areas included), a sector or a theme.
// Params: $area, $sector, $theme (each may be null), $limit.
// Columns: id, score, betweenness, betweenness_normalized, constraint,
//          groups, sectors, areas, rank, detail
MATCH (p:Person)
WHERE p.bridging_score IS NOT NULL
  AND ($area IS NULL
       OR EXISTS { (p)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) }
       OR EXISTS { (p)-[:MEMBER_OF]->(:Group)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) })
  AND ($sector IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:Group {sector: $sector}) })
  AND ($theme IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:Group)-[:WORKS_ON]->(:Theme {id: $theme}) })
RETURN p.id AS id, p.bridging_score AS score, p.bridging_betweenness AS betweenness,
       p.bridging_betweenness_normalized AS betweenness_normalized,
       p.bridging_constraint AS constraint, p.bridging_groups AS groups,
       p.bridging_sectors AS sectors, p.bridging_areas AS areas, p.bridging_rank AS rank,
       p.bridging_detail AS detail
ORDER BY score DESC, id
LIMIT $limit
