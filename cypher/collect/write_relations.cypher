// Group RELATION {kind: 'cooperation'} group from a survey answer (in either direction if it
// exists): how they worked together (note) and how strongly, confirmed that day.
// $rows: [{group_id, other_id, note, strength, source, confirmed}]
UNWIND $rows AS row
MATCH (a:Group {id: row.group_id})
MATCH (b:Group {id: row.other_id})
MERGE (a)-[r:RELATION {kind: 'cooperation'}]-(b)
SET r.note = row.note, r.strength = row.strength, r.source = row.source, r.confirmed = date(row.confirmed)
