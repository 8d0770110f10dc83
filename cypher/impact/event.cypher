// An event and who attended it. Param: $event. Columns: event (map), attendees (ids)
MATCH (e:Event {id: $event})
RETURN {id: e.id, name: e.name, date: toString(e.date), kind: e.kind} AS event,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(e) RETURN p.id } AS attendees
