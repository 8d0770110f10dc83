// Export organisers. Columns: group_id, event_id
MATCH (g:Group)-[:ORGANIZED]->(e:Event) RETURN g.id AS group_id, e.id AS event_id ORDER BY group_id, event_id
