// Person MEMBER_OF group from an accepted response: an existing membership keeps its dates
// and role and is confirmed. $rows: [{person_id, group_id, role, source, confirmed}]
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (g:Group {id: row.group_id})
MERGE (p)-[m:MEMBER_OF]->(g)
ON CREATE SET m.role = row.role
SET m.source = row.source, m.confirmed = date(row.confirmed)
