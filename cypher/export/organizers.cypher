// Export organisers. Columns: group_id, event_id
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (g:Group)-[:ORGANIZED]->(e:Event)
WHERE $of IS NULL OR g.id = $of
RETURN g.id AS group_id, e.id AS event_id ORDER BY group_id, event_id
