// The accepted sign-ins at an event: who signed in (the person id written) and whom they met.
// Param: $event. Columns: id, written
MATCH (r:Response {kind: 'signin', event_id: $event, status: 'accepted'})
RETURN r.id AS id, r.written AS written
