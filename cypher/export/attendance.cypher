// Export attendance. Columns: person_id, event_id
MATCH (p:Person)-[:ATTENDED]->(e:Event) RETURN p.id AS person_id, e.id AS event_id ORDER BY person_id, event_id
