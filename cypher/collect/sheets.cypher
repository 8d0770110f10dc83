// Sign-in sheets, newest first, optionally of one event or with one id.
// Params: $event, $id (nullable). Columns: id, event (map), closes, entries, pending
MATCH (sheet:SignInSheet)
WHERE ($event IS NULL OR sheet.event_id = $event) AND ($id IS NULL OR sheet.id = $id)
MATCH (e:Event {id: sheet.event_id})
RETURN sheet.id AS id, {id: e.id, name: e.name, date: toString(e.date)} AS event,
       toString(sheet.closes) AS closes,
       COUNT { MATCH (r:Response {source_id: sheet.id}) } AS entries,
       COUNT { MATCH (r:Response {source_id: sheet.id, status: 'pending'}) } AS pending
ORDER BY sheet.created DESC
