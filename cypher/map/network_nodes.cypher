// Nodes of the whole-network map: people, groups and collaborations, with their number of
// ties (KNOWS, MEMBER_OF, PARTNER_IN, RELATION); by id: names are applied for the reader
// (service/privacy.name_graph). Columns: id, type, kind, sector, intermediary, status, degree
MATCH (n)
WHERE n:Person OR n:Group OR n:Collaboration
RETURN n.id AS id,
       CASE WHEN n:Person THEN 'Person' WHEN n:Group THEN 'Group' ELSE 'Collaboration' END AS type,
       n.kind AS kind, n.sector AS sector, n:Intermediary AS intermediary, n.status AS status,
       COUNT { (n)-[:KNOWS|MEMBER_OF|PARTNER_IN|RELATION]-() } AS degree
ORDER BY id
