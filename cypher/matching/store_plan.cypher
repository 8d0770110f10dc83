// Keep a matching event's plan on its event (ids and reason codes only, as JSON: names are
// applied when it is shown), replacing any plan it had. Params: $event, $plan
// Columns: id
MATCH (e:Event {id: $event})
SET e.matching_plan = $plan
RETURN e.id AS id
