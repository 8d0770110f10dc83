// Export group relations. Columns: group_id, other_id, kind, since, note, source, confirmed
MATCH (a:Group)-[r:RELATION]->(b:Group)
RETURN a.id AS group_id, b.id AS other_id, r.kind AS kind, toString(r.since) AS since, r.note AS note,
       r.source AS source, toString(r.confirmed) AS confirmed
ORDER BY group_id, other_id, kind
