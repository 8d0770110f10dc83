// Group NEEDS capability (課題) from a survey answer. $rows: [{group_id, capability_id, note, source, confirmed}]
// A note already there is kept: a survey's one note for its answer is written only on a new tie.
UNWIND $rows AS row
MATCH (g:Group {id: row.group_id})
MATCH (c:Capability {id: row.capability_id})
MERGE (g)-[r:NEEDS]->(c)
SET r.note = coalesce(r.note, row.note), r.source = row.source, r.confirmed = date(row.confirmed)
