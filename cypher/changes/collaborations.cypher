// Collaborations started on or after $from and on or before $to, with their partners.
// Columns: id, name, status, started, partners
MATCH (c:Collaboration)
WHERE c.started >= date($from) AND c.started <= date($to)
RETURN c.id AS id, c.name AS name, c.status AS status, toString(c.started) AS started,
       COLLECT { MATCH (g:Group)-[:PARTNER_IN]->(c) RETURN {id: g.id, name: g.name, sector: g.sector} } AS partners
ORDER BY started, id
