// Nodes of the people–group network used for brokerage and paths: every person and group,
// with what the analyses need (sector, areas, visibility). Columns: id, type, name,
// visibility, sector, kind, intermediary, areas, themes
MATCH (n)
WHERE n:Person OR n:Group
OPTIONAL MATCH (n)-[:ACTIVE_IN]->(a:Area)
RETURN n.id AS id, CASE WHEN n:Person THEN 'Person' ELSE 'Group' END AS type, n.name AS name,
       coalesce(n.visibility, 'internal') AS visibility, n.sector AS sector, n.kind AS kind,
       n:Intermediary AS intermediary, collect(a.id) AS areas,
       COLLECT { MATCH (n)-[:WORKS_ON]->(t:Theme) RETURN t.id } AS themes
