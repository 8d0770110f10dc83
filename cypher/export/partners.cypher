// Export partners. Columns: group_id, collaboration_id, role, since, source, confirmed
MATCH (g:Group)-[r:PARTNER_IN]->(c:Collaboration)
RETURN g.id AS group_id, c.id AS collaboration_id, r.role AS role, toString(r.since) AS since,
       r.source AS source, toString(r.confirmed) AS confirmed
ORDER BY group_id, collaboration_id
