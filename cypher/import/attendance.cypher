// Person ATTENDED event. $rows: [{person_id, event_id}]
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (e:Event {id: row.event_id})
MERGE (p)-[:ATTENDED]->(e)
