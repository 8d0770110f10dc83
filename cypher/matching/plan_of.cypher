// The plan kept on a matching event, with the event's name and day. Params: $event
// Columns: id, name, date, plan (JSON, or null)
MATCH (e:Event {id: $event})
RETURN e.id AS id, e.name AS name, toString(e.date) AS date, e.matching_plan AS plan
