// Keep the answers so far, unless already submitted. Params: $id, $draft (JSON text).
// Columns: id (no row when it was submitted already)
MATCH (i:SurveyInvite {id: $id})
WHERE i.status <> 'submitted'
SET i.draft = $draft, i.saved = datetime(), i.status = 'saved'
RETURN i.id AS id
