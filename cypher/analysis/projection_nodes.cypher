// Nodes of the people–group network used for brokerage, paths and maps: every person and
// group with what the analyses need — ids, kinds and places, never names (those are applied
// per request, service/privacy.py). One row of parallel lists (collect skips nulls, hence
// the coalesce). Columns: id, type, sector, kind, intermediary, areas, themes
MATCH (n)
WHERE n:Person OR n:Group
WITH n,
     COLLECT { MATCH (n)-[:ACTIVE_IN]->(a:Area) RETURN a.id } AS areas,
     COLLECT { MATCH (n)-[:WORKS_ON]->(t:Theme) RETURN t.id } AS themes
RETURN collect(n.id) AS id, collect(CASE WHEN n:Person THEN 'Person' ELSE 'Group' END) AS type,
       collect(coalesce(n.sector, '')) AS sector, collect(coalesce(n.kind, '')) AS kind,
       collect(n:Intermediary) AS intermediary, collect(areas) AS areas, collect(themes) AS themes
