// Pairs of groups active in the same area where one needs what the other offers (課題 × 強み).
// Params: $area (nullable: every area; else that area and the areas inside it), $day (nullable: today).
// Columns: needing_id, offering_id, capability_id, areas (ids; names are applied when shown),
// partners_in (ids of the running collaborations both are partners in on $day, as
// collaboration_partners.cypher counts them: such a pair may still have no route between
// its people, and is said to work together already), conflict (a conflict between the two in
// their history by $day: said beside the pair, as the candidates page does).
MATCH (a:Group)-[:NEEDS]->(cap:Capability)<-[:OFFERS]-(b:Group)
WHERE a <> b
MATCH (a)-[:ACTIVE_IN]->(area:Area)<-[:ACTIVE_IN]-(b)
WHERE $area IS NULL OR EXISTS { (area)-[:PART_OF*0..3]->(:Area {id: $area}) }
WITH a, b, cap, collect(DISTINCT area.id) AS areas
RETURN a.id AS needing_id, b.id AS offering_id, cap.id AS capability_id, areas,
       COLLECT { MATCH (a)-[r:PARTNER_IN]->(c:Collaboration)<-[s:PARTNER_IN]-(b)
                 WHERE c.status IN ['idea', 'starting', 'active']
                   AND ($day IS NULL OR (coalesce(c.started <= date($day), true)
                                         AND coalesce(r.since <= date($day), true) AND coalesce(s.since <= date($day), true)))
                 RETURN DISTINCT c.id ORDER BY c.id } AS partners_in,
       EXISTS { MATCH (a)-[r:RELATION {kind: 'conflict'}]-(b)
                WHERE $day IS NULL OR coalesce(r.since <= date($day), true) } AS conflict
ORDER BY needing_id, offering_id, capability_id
