// Nodes of a department's map: the department, the groups and collaborations it supports,
// the partners of those collaborations, and the other departments that support any of them;
// by id (names are applied for the reader). Params: $department
// Columns: id, type, kind, sector, intermediary, status, degree (its supports and partnerships)
MATCH (d:Group {id: $department})
OPTIONAL MATCH (d)-[:SUPPORTS]->(t)
WITH d, collect(DISTINCT t) AS targets
CALL (targets) {
  UNWIND targets AS t
  OPTIONAL MATCH (g:Group)-[:PARTNER_IN]->(t)
  OPTIONAL MATCH (o:Group {kind: 'ward_department'})-[:SUPPORTS]->(t)
  RETURN collect(DISTINCT g) + collect(DISTINCT o) AS around
}
UNWIND [d] + targets + around AS n
WITH DISTINCT n
RETURN n.id AS id, CASE WHEN n:Collaboration THEN 'Collaboration' ELSE 'Group' END AS type,
       n.kind AS kind, n.sector AS sector, n:Intermediary AS intermediary, n.status AS status,
       COUNT { (n)-[:SUPPORTS|PARTNER_IN]-() } AS degree
ORDER BY id
