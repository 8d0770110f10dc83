// Export memberships. Columns: person_id, group_id, role, since, until, source, confirmed
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (p:Person)-[m:MEMBER_OF]->(g:Group)
WHERE $of IS NULL OR p.id = $of
RETURN p.id AS person_id, g.id AS group_id, m.role AS role, toString(m.since) AS since,
       toString(m.until) AS until,
       m.source AS source, toString(m.confirmed) AS confirmed
ORDER BY person_id, group_id
