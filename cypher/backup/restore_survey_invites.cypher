// Recreate survey invitations from a backup, tied to their survey and group (after the
// surveys). $rows: [props]
UNWIND $rows AS row
CREATE (i:SurveyInvite)
SET i = row, i.opened = datetime(row.opened), i.saved = datetime(row.saved), i.submitted = datetime(row.submitted)
WITH i
OPTIONAL MATCH (s:Survey {id: i.survey_id})
OPTIONAL MATCH (g:Group {id: i.group_id})
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (s)-[:INVITES]->(i))
FOREACH (_ IN CASE WHEN g IS NULL THEN [] ELSE [1] END | CREATE (i)-[:FOR]->(g))
