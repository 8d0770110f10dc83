// Person KNOWS person from an accepted response, one tie per pair (read as undirected): an
// existing tie, in either direction, keeps its since and context and is confirmed.
// $rows: [{person_id, other_id, strength, since, context, source, confirmed}]
UNWIND $rows AS row
MATCH (a:Person {id: row.person_id})
MATCH (b:Person {id: row.other_id})
OPTIONAL MATCH (b)-[reverse:KNOWS]->(a)
FOREACH (_ IN CASE WHEN reverse IS NULL THEN [1] ELSE [] END |
  MERGE (a)-[k:KNOWS]->(b)
  ON CREATE SET k.strength = row.strength, k.since = date(row.since), k.context = row.context
  SET k.source = row.source, k.confirmed = date(row.confirmed))
FOREACH (_ IN CASE WHEN reverse IS NULL THEN [] ELSE [1] END |
  SET reverse.source = row.source, reverse.confirmed = date(row.confirmed))
