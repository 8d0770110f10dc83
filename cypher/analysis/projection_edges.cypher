// Ties of the network the analyses use, read as undirected, with the dates they hold
// (since/until as ISO text, '' when open):
//   KNOWS (person–person), MEMBER_OF (person–group): introductions go through these;
//   ATTENDED (person–event, since = the event's day), PARTNER (two groups in one
//   collaboration, since = when the later joined) and COOPERATION (a cooperation history):
//   further evidence of who can reach whom (service/analysis/brokerage.py).
// One row of parallel lists: far faster to receive than one row per tie.
// Columns: source, target, type, strength, role, context, since, until, confirmed (lists)
CALL () {
  MATCH (a:Person)-[r:KNOWS|MEMBER_OF]->(b)
  RETURN a.id AS source, b.id AS target, type(r) AS type, r.strength AS strength, r.role AS role,
         r.context AS context, r.since AS since, r.until AS until, r.confirmed AS confirmed
  UNION ALL
  MATCH (a:Person)-[r:ATTENDED]->(e:Event)
  RETURN a.id AS source, e.id AS target, 'ATTENDED' AS type, null AS strength, null AS role,
         null AS context, e.date AS since, null AS until, coalesce(r.confirmed, e.date) AS confirmed
  UNION ALL
  MATCH (g:Group)-[r:PARTNER_IN]->(c:Collaboration)<-[s:PARTNER_IN]-(h:Group)
  WHERE g.id < h.id
  WITH g, h, [d IN [r.since, s.since, c.started] WHERE d IS NOT NULL] AS days,
       [d IN [r.confirmed, s.confirmed] WHERE d IS NOT NULL] AS seen
  RETURN g.id AS source, h.id AS target, 'PARTNER' AS type, null AS strength, null AS role,
         null AS context, reduce(m = null, d IN days | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS since,
         null AS until, reduce(m = null, d IN seen | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS confirmed
  UNION ALL
  MATCH (g:Group)-[r:RELATION {kind: 'cooperation'}]-(h:Group)
  WHERE g.id < h.id
  RETURN g.id AS source, h.id AS target, 'COOPERATION' AS type, null AS strength, null AS role,
         null AS context, r.since AS since, null AS until, r.confirmed AS confirmed
}
RETURN collect(source) AS source, collect(target) AS target, collect(type) AS type,
       collect(coalesce(strength, 0)) AS strength, collect(coalesce(role, '')) AS role,
       collect(coalesce(context, '')) AS context, collect(coalesce(toString(since), '')) AS since,
       collect(coalesce(toString(until), '')) AS until, collect(coalesce(toString(confirmed), '')) AS confirmed
