// Move a survey's deadline (later to extend it, before today to close it). Params: $id,
// $deadline. Columns: id (no row for an unknown survey)
MATCH (s:Survey {id: $id})
SET s.deadline = date($deadline)
RETURN s.id AS id
