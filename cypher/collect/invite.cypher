// An invitation as its respondent sees it: the survey, the group, the saved draft.
// Param: $id. Columns: invite (map), survey (map), group (map)
MATCH (s:Survey)-[:INVITES]->(i:SurveyInvite {id: $id})-[:FOR]->(g:Group)
RETURN {id: i.id, status: i.status, draft: i.draft, saved: toString(i.saved)} AS invite,
       {id: s.id, title: s.title, message: s.message, sender: s.sender, deadline: toString(s.deadline),
        questions: s.questions} AS survey,
       {id: g.id, name: g.name} AS group
