// Ties that began (since) or ended (until) on or after $from and on or before $to.
// Params: $from, $to (ISO dates). Columns: change, type, a, b, day, role, kind, context (a role or
// where two met is dropped beside a person the reader may not see named: service/privacy.py)
CALL () {
  MATCH (a)-[r:KNOWS|MEMBER_OF|PARTNER_IN|RELATION]->(b)
  WHERE r.since >= date($from) AND r.since <= date($to)
  RETURN 'appeared' AS change, r, a, b, r.since AS day
  UNION ALL
  MATCH (a)-[r:MEMBER_OF]->(b)
  WHERE r.until >= date($from) AND r.until <= date($to)
  RETURN 'disappeared' AS change, r, a, b, r.until AS day
}
RETURN change, type(r) AS type,
       {id: a.id, type: CASE WHEN a:Person THEN 'Person' WHEN a:Group THEN 'Group' ELSE 'Collaboration' END} AS a,
       {id: b.id, type: CASE WHEN b:Person THEN 'Person' WHEN b:Group THEN 'Group' ELSE 'Collaboration' END} AS b,
       toString(day) AS day, r.role AS role, r.kind AS kind, r.context AS context
ORDER BY day, type, a.id, b.id
