// Of the people $ids, those connected to an area (living there, or in a group active there,
// sub-areas included), a sector or a theme, as bridging_list filters them.
// Params: $ids, $area, $sector, $theme (each may be null). Columns: id
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE ($area IS NULL
       OR EXISTS { (p)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) }
       OR EXISTS { (p)-[:MEMBER_OF]->(:Group)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) })
  AND ($sector IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:Group {sector: $sector}) })
  AND ($theme IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:Group)-[:WORKS_ON]->(:Theme {id: $theme}) })
RETURN p.id AS id
