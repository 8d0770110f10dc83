// Group RELATION group: the history of cooperation and conflict, one per pair and kind.
// $rows: [{group_id, other_id, kind, since, note, source, confirmed}]
UNWIND $rows AS row
MATCH (a:Group {id: row.group_id})
MATCH (b:Group {id: row.other_id})
MERGE (a)-[r:RELATION {kind: row.kind}]->(b)
SET r.since = row.since, r.note = row.note,
    r.source = row.source, r.confirmed = coalesce(row.confirmed, date())
