// Export group relations. Columns: group_id, other_id, kind, since, note
MATCH (a:Group)-[r:RELATION]->(b:Group)
RETURN a.id AS group_id, b.id AS other_id, r.kind AS kind, toString(r.since) AS since, r.note AS note
ORDER BY group_id, other_id, kind
