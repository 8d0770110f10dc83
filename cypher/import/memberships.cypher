// Person MEMBER_OF group. $rows: [{person_id, group_id, role, since, until, source, confirmed}]
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (g:Group {id: row.group_id})
MERGE (p)-[m:MEMBER_OF]->(g)
SET m.role = row.role, m.since = row.since, m.until = row.until,
    m.source = row.source, m.confirmed = coalesce(row.confirmed, date())
