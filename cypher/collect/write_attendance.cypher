// Person ATTENDED event, from an accepted sign-in. $rows: [{person_id, event_id, source}]
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (e:Event {id: row.event_id})
MERGE (p)-[a:ATTENDED]->(e)
SET a.source = row.source
