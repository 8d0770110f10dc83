// Export group relations. Columns: group_id, other_id, kind, since, note, source, confirmed
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (a:Group)-[r:RELATION]->(b:Group)
WHERE $of IS NULL OR a.id = $of
RETURN a.id AS group_id, b.id AS other_id, r.kind AS kind, toString(r.since) AS since, r.note AS note,
       r.source AS source, toString(r.confirmed) AS confirmed
ORDER BY group_id, other_id, kind
