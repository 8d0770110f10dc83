// Ties of the people–group network: KNOWS between people and memberships, with the dates
// they hold (since/until as ISO text, '' when open). Read as undirected. One row of parallel
// lists: far faster to receive than one row per tie.
// Columns: source, target, type, strength, role, context, since, until, confirmed (lists)
MATCH (a:Person)-[r:KNOWS|MEMBER_OF]->(b)
RETURN collect(a.id) AS source, collect(b.id) AS target, collect(type(r)) AS type,
       collect(coalesce(r.strength, 0)) AS strength, collect(coalesce(r.role, '')) AS role,
       collect(coalesce(r.context, '')) AS context, collect(coalesce(toString(r.since), '')) AS since,
       collect(coalesce(toString(r.until), '')) AS until,
       collect(coalesce(toString(r.confirmed), '')) AS confirmed
