// Pairs of groups active in the same area where one needs what the other offers (課題 × 強み).
// Param: $area (nullable: every area; else that area and the areas inside it).
// Columns: needing_id, needing_name, offering_id, offering_name, capability_id, capability_name, areas
MATCH (a:Group)-[:NEEDS]->(cap:Capability)<-[:OFFERS]-(b:Group)
WHERE a <> b
MATCH (a)-[:ACTIVE_IN]->(area:Area)<-[:ACTIVE_IN]-(b)
WHERE $area IS NULL OR EXISTS { (area)-[:PART_OF*0..3]->(:Area {id: $area}) }
RETURN a.id AS needing_id, a.name AS needing_name, b.id AS offering_id, b.name AS offering_name,
       cap.id AS capability_id, cap.name AS capability_name, collect(DISTINCT area.name) AS areas
ORDER BY needing_id, offering_id, capability_id
