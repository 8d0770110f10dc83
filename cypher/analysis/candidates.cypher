// Groups that offer what a group needs (one need when $need is given, else all its declared
// needs), with the reasons that make a match promising or not.
// Params: $group, $need (nullable). Columns: need_id, need_name, need_priority, declared,
// candidate_id, candidate_name, candidate_kind, candidate_sector, offer_priority, offer_note,
// shared_areas, shared_themes, cooperation, conflict, partners_in
MATCH (g:Group {id: $group})
MATCH (cap:Capability)
WHERE ($need IS NULL AND EXISTS { (g)-[:NEEDS]->(cap) }) OR cap.id = $need
OPTIONAL MATCH (g)-[need:NEEDS]->(cap)
MATCH (cap)<-[offer:OFFERS]-(c:Group)
WHERE c <> g
RETURN cap.id AS need_id, cap.name AS need_name, need.priority AS need_priority,
       need IS NOT NULL AS declared,
       c.id AS candidate_id, c.name AS candidate_name, c.kind AS candidate_kind,
       c.sector AS candidate_sector, offer.priority AS offer_priority, offer.note AS offer_note,
       COLLECT { MATCH (g)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(a:Area)<-[:PART_OF*0..3]-(:Area)<-[:ACTIVE_IN]-(c)
                 RETURN DISTINCT a.name } AS shared_areas,
       COLLECT { MATCH (g)-[:WORKS_ON]->(t:Theme)<-[:WORKS_ON]-(c) RETURN DISTINCT t.name } AS shared_themes,
       EXISTS { (g)-[:RELATION {kind: 'cooperation'}]-(c) } AS cooperation,
       EXISTS { (g)-[:RELATION {kind: 'conflict'}]-(c) } AS conflict,
       COLLECT { MATCH (g)-[:PARTNER_IN]->(col:Collaboration)<-[:PARTNER_IN]-(c) RETURN DISTINCT col.name } AS partners_in
