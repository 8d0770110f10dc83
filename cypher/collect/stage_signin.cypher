// A sign-in at an event, staged for review. Params: $response, $sheet, $event, $payload (JSON)
// Columns: id
MATCH (sheet:SignInSheet {id: $sheet})
CREATE (r:Response {id: $response, kind: 'signin', source_id: $sheet, event_id: $event,
                    payload: $payload, submitted: datetime(), status: 'pending'})
RETURN r.id AS id
