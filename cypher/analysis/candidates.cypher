// Groups that offer what a group needs (one need when $need is given, else all its declared
// needs), with the reasons that make a match promising or not.
// Params: $group, $need (nullable). Columns: need_id, need_name, need_priority, declared,
// candidate_id, candidate_name, candidate_kind, candidate_sector, offer_priority, offer_note,
// shared_areas, shared_themes, cooperation, conflict, partners_in
// What the group has — its areas (with those they are part of), themes, relations and partners —
// is read once, not again from each candidate (a group's ties are scanned, not indexed).
MATCH (g:Group {id: $group})
WITH g,
     COLLECT { MATCH (g)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(a:Area) RETURN DISTINCT a } AS g_areas,
     COLLECT { MATCH (g)-[:WORKS_ON]->(t:Theme) RETURN t } AS g_themes,
     COLLECT { MATCH (g)-[r:RELATION]-(o:Group) RETURN [o, r.kind] } AS g_relations,
     COLLECT { MATCH (g)-[:PARTNER_IN]->(col:Collaboration)<-[:PARTNER_IN]-(o:Group) WHERE o <> g
               RETURN [o, col.name] } AS g_partners
MATCH (cap:Capability)
WHERE ($need IS NULL AND EXISTS { (g)-[:NEEDS]->(cap) }) OR cap.id = $need
OPTIONAL MATCH (g)-[need:NEEDS]->(cap)
MATCH (cap)<-[offer:OFFERS]-(c:Group)
WHERE c <> g
RETURN cap.id AS need_id, cap.name AS need_name, need.priority AS need_priority,
       need IS NOT NULL AS declared,
       c.id AS candidate_id, c.name AS candidate_name, c.kind AS candidate_kind,
       c.sector AS candidate_sector, offer.priority AS offer_priority, offer.note AS offer_note,
       COLLECT { MATCH (c)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(a:Area) WHERE a IN g_areas
                 RETURN DISTINCT a.name } AS shared_areas,
       COLLECT { MATCH (c)-[:WORKS_ON]->(t:Theme) WHERE t IN g_themes RETURN DISTINCT t.name } AS shared_themes,
       [c, 'cooperation'] IN g_relations AS cooperation,
       [c, 'conflict'] IN g_relations AS conflict,
       COLLECT { UNWIND g_partners AS partner WITH partner WHERE partner[0] = c RETURN DISTINCT partner[1] } AS partners_in
