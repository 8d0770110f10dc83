// A sign-in sheet for an event, open until $closes. Params: $id, $event, $closes, $user.
// Columns: id
MATCH (e:Event {id: $event})
CREATE (sheet:SignInSheet {id: $id, event_id: e.id, closes: date($closes), created: datetime(), created_by: $user})
RETURN sheet.id AS id
