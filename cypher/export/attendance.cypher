// Export attendance. Columns: person_id, event_id
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (p:Person)-[:ATTENDED]->(e:Event)
WHERE $of IS NULL OR p.id = $of
RETURN p.id AS person_id, e.id AS event_id ORDER BY person_id, event_id
