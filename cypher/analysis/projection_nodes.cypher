// Nodes of the network the analyses use: every person, group and event, with what the
// analyses need — ids, kinds, sectors and places, never names (those are applied per request,
// service/privacy.py). One row of parallel lists (collect skips nulls, hence the coalesce).
// Columns: id, type, sector, kind, intermediary, areas, themes
MATCH (n)
WHERE n:Person OR n:Group OR n:Event
WITH n,
     COLLECT { MATCH (n)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(a:Area) RETURN DISTINCT a.id } AS areas,
     COLLECT { MATCH (n)-[:WORKS_ON]->(t:Theme) RETURN t.id } AS themes
RETURN collect(n.id) AS id,
       collect(CASE WHEN n:Person THEN 'Person' WHEN n:Group THEN 'Group' ELSE 'Event' END) AS type,
       collect(coalesce(n.sector, '')) AS sector, collect(coalesce(n.kind, '')) AS kind,
       collect(n:Intermediary) AS intermediary, collect(areas) AS areas, collect(themes) AS themes
