// Group PARTNER_IN collaboration. $rows: [{group_id, collaboration_id, role, since, source, confirmed}]
UNWIND $rows AS row
MATCH (g:Group {id: row.group_id})
MATCH (c:Collaboration {id: row.collaboration_id})
MERGE (g)-[r:PARTNER_IN]->(c)
SET r.role = row.role, r.since = row.since,
    r.source = row.source, r.confirmed = coalesce(row.confirmed, date())
