// An admin sets how a person's name may be shown (public, internal, private).
// Params: $id, $visibility. Columns: before (the visibility it had), after
MATCH (p:Person {id: $id})
WITH p, coalesce(p.visibility, 'internal') AS before
SET p.visibility = $visibility
RETURN before, p.visibility AS after
