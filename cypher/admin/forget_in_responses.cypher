// A deleted person in the collected answers: their name in staged responses, saved drafts and
// what accepted responses wrote is replaced by $redacted, and so is their id.
// Params: $id, $name, $redacted. Columns: forgotten
MATCH (n)
WHERE (n:Response OR n:SurveyInvite)
  AND (n.written CONTAINS $id OR n.written CONTAINS $name OR n.payload CONTAINS $name OR n.draft CONTAINS $name)
SET n.payload = replace(n.payload, $name, $redacted), n.draft = replace(n.draft, $name, $redacted),
    n.written = replace(replace(n.written, $name, $redacted), '"' + $id + '"', '""')
RETURN count(n) AS forgotten
