// Export memberships. Columns: person_id, group_id, role, since, until, source, confirmed
MATCH (p:Person)-[m:MEMBER_OF]->(g:Group)
RETURN p.id AS person_id, g.id AS group_id, m.role AS role, toString(m.since) AS since,
       toString(m.until) AS until,
       m.source AS source, toString(m.confirmed) AS confirmed
ORDER BY person_id, group_id
