// Staged responses, oldest first, filtered by $kind, $survey, $event, $status, $id (each nullable).
// Columns: id, kind, status, submitted, payload, survey (map), event (map), group (map),
// reviewed_by, reviewed, written
MATCH (r:Response)
WHERE ($kind IS NULL OR r.kind = $kind) AND ($survey IS NULL OR r.survey_id = $survey)
  AND ($event IS NULL OR r.event_id = $event) AND ($status IS NULL OR r.status = $status)
  AND ($id IS NULL OR r.id = $id)
OPTIONAL MATCH (s:Survey {id: r.survey_id})
OPTIONAL MATCH (e:Event {id: r.event_id})
OPTIONAL MATCH (g:Group {id: r.group_id})
RETURN r.id AS id, r.kind AS kind, r.status AS status, toString(r.submitted) AS submitted,
       r.payload AS payload, r.written AS written, r.reviewed_by AS reviewed_by,
       toString(r.reviewed) AS reviewed, r.source_id AS source_id,
       CASE WHEN s IS NULL THEN null ELSE {id: s.id, title: s.title} END AS survey,
       CASE WHEN e IS NULL THEN null ELSE {id: e.id, name: e.name, date: toString(e.date)} END AS event,
       CASE WHEN g IS NULL THEN null ELSE {id: g.id, name: g.name} END AS group
ORDER BY r.submitted, r.id
LIMIT $limit
