// A survey and one invitation per group. Params: $id, $title, $message, $sender (who sends it,
// whom to ask), $deadline, $questions, $user, $invites [{id, group_id}]. Columns: id
CREATE (s:Survey {id: $id, title: $title, message: $message, sender: $sender, deadline: date($deadline),
                  questions: $questions, created: datetime(), created_by: $user})
WITH s
UNWIND $invites AS invite
MATCH (g:Group {id: invite.group_id})
CREATE (s)-[:INVITES]->(i:SurveyInvite {id: invite.id, survey_id: $id, group_id: g.id, status: 'not_opened'})
CREATE (i)-[:FOR]->(g)
RETURN DISTINCT s.id AS id
