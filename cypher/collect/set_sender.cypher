// Set or correct who sends a survey and whom to ask (its letters and answer page follow at
// once). Params: $id, $sender. Columns: id (no row for an unknown survey)
MATCH (s:Survey {id: $id})
SET s.sender = $sender
RETURN s.id AS id
