// The events held from $from to $to (inclusive) and everyone who attended any of them.
// Columns: events [{id, name, date}], attendees (ids)
OPTIONAL MATCH (e:Event)
WHERE e.date >= date($from) AND e.date <= date($to)
WITH collect(e) AS events
RETURN [e IN events | {id: e.id, name: e.name, date: toString(e.date)}] AS events,
       COLLECT { UNWIND events AS e MATCH (p:Person)-[:ATTENDED]->(e) RETURN DISTINCT p.id } AS attendees
