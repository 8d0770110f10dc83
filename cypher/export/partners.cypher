// Export partners. Columns: group_id, collaboration_id, role, since, source, confirmed
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (g:Group)-[r:PARTNER_IN]->(c:Collaboration)
WHERE $of IS NULL OR g.id = $of
RETURN g.id AS group_id, c.id AS collaboration_id, r.role AS role, toString(r.since) AS since,
       r.source AS source, toString(r.confirmed) AS confirmed
ORDER BY group_id, collaboration_id
