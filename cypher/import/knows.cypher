// Person KNOWS person, stored once per pair (read as undirected): an existing tie in
// the other direction is updated instead of adding a second one.
// $rows: [{person_id, other_id, strength, since, context}]
UNWIND $rows AS row
MATCH (a:Person {id: row.person_id})
MATCH (b:Person {id: row.other_id})
OPTIONAL MATCH (b)-[reverse:KNOWS]->(a)
FOREACH (_ IN CASE WHEN reverse IS NULL THEN [1] ELSE [] END |
  MERGE (a)-[k:KNOWS]->(b)
  SET k.strength = row.strength, k.since = row.since, k.context = row.context)
FOREACH (_ IN CASE WHEN reverse IS NULL THEN [] ELSE [1] END |
  SET reverse.strength = row.strength, reverse.since = row.since, reverse.context = row.context)
