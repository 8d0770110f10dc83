// Submit the answers: the invitation is closed and a staged response waits for review. The
// draft is cleared: once submitted, the link no longer shows what was answered (the answers
// live on in the response, for the coordinators). Nothing is written when it was submitted
// already (no row returned).
// Params: $id, $response, $payload (JSON text), $group, $survey. Columns: id
MATCH (i:SurveyInvite {id: $id})
WHERE i.status <> 'submitted'
SET i.draft = null, i.status = 'submitted', i.submitted = datetime()
CREATE (r:Response {id: $response, kind: 'survey', source_id: $id, survey_id: $survey, group_id: $group,
                    payload: $payload, submitted: datetime(), status: 'pending'})
RETURN r.id AS id
