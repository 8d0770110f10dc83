// Events to choose from, newest first. Columns: id, name, date, attendees
MATCH (e:Event)
RETURN e.id AS id, e.name AS name, toString(e.date) AS date, COUNT { (e)<-[:ATTENDED]-() } AS attendees
ORDER BY e.date DESC, e.name
