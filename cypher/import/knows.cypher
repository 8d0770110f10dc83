// Person KNOWS person, stored once per pair (read as undirected): an existing tie in
// the other direction is updated instead of adding a second one.
// Importing a tie again confirms it (confirmed = the day of the import unless the file says).
// $rows: [{person_id, other_id, strength, since, context, source, confirmed}]
UNWIND $rows AS row
MATCH (a:Person {id: row.person_id})
MATCH (b:Person {id: row.other_id})
OPTIONAL MATCH (b)-[reverse:KNOWS]->(a)
FOREACH (_ IN CASE WHEN reverse IS NULL THEN [1] ELSE [] END |
  MERGE (a)-[k:KNOWS]->(b)
  SET k.strength = row.strength, k.since = row.since, k.context = row.context,
      k.source = row.source, k.confirmed = coalesce(row.confirmed, date()))
FOREACH (_ IN CASE WHEN reverse IS NULL THEN [] ELSE [1] END |
  SET reverse.strength = row.strength, reverse.since = row.since, reverse.context = row.context,
      reverse.source = row.source, reverse.confirmed = coalesce(row.confirmed, date()))
