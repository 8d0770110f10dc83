// One survey and its invitations: the group (sector, areas), how far the respondent got and
// the staged response. Param: $id. Columns: survey (map), invites (list of maps)
MATCH (s:Survey {id: $id})
RETURN {id: s.id, title: s.title, message: s.message, sender: s.sender, deadline: toString(s.deadline),
        questions: s.questions, created: toString(s.created), created_by: s.created_by} AS survey,
       COLLECT { MATCH (s)-[:INVITES]->(i)-[:FOR]->(g:Group)
                 OPTIONAL MATCH (r:Response {source_id: i.id})
                 RETURN {id: i.id, status: i.status, opened: toString(i.opened), saved: toString(i.saved),
                         submitted: toString(i.submitted), group: {id: g.id, name: g.name, sector: g.sector},
                         areas: COLLECT { MATCH (g)-[:ACTIVE_IN]->(a:Area) RETURN a.name ORDER BY a.name },
                         response: CASE WHEN r IS NULL THEN null ELSE {id: r.id, status: r.status} END}
                 ORDER BY g.name } AS invites
