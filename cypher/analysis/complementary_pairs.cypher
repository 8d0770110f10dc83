// Pairs of groups active in the same area where one needs what the other offers (課題 × 強み).
// Param: $area (nullable: every area; else that area and the areas inside it).
// Columns: needing_id, offering_id, capability_id, areas (ids; names are applied when shown)
MATCH (a:Group)-[:NEEDS]->(cap:Capability)<-[:OFFERS]-(b:Group)
WHERE a <> b
MATCH (a)-[:ACTIVE_IN]->(area:Area)<-[:ACTIVE_IN]-(b)
WHERE $area IS NULL OR EXISTS { (area)-[:PART_OF*0..3]->(:Area {id: $area}) }
RETURN a.id AS needing_id, b.id AS offering_id, cap.id AS capability_id, collect(DISTINCT area.id) AS areas
ORDER BY needing_id, offering_id, capability_id
