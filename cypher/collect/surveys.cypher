// Every survey, newest first, with how many were invited and how far they got.
// Columns: id, title, deadline, created, invited, opened, submitted, accepted
MATCH (s:Survey)
RETURN s.id AS id, s.title AS title, toString(s.deadline) AS deadline, toString(s.created) AS created,
       COUNT { (s)-[:INVITES]->() } AS invited,
       COUNT { (s)-[:INVITES]->(i) WHERE i.status <> 'not_opened' } AS opened,
       COUNT { (s)-[:INVITES]->(i) WHERE i.status = 'submitted' } AS submitted,
       COUNT { MATCH (r:Response {survey_id: s.id, status: 'accepted'}) } AS accepted
ORDER BY s.created DESC
