// Close a pending response as accepted or rejected, with what was written (JSON text).
// Params: $id, $status, $written, $user, $note. Columns: id (no row when it was not pending)
MATCH (r:Response {id: $id})
WHERE r.status = 'pending'
SET r.status = $status, r.written = $written, r.reviewed_by = $user, r.reviewed = datetime(), r.note = $note
RETURN r.id AS id
