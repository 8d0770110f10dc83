// Person KNOWS person, stored once per pair (read as undirected): MERGE without a direction
// finds an existing tie either way round and updates it, or adds one from person to other.
// Importing a tie again confirms it (confirmed = the day of the import unless the file says).
// $rows: [{person_id, other_id, strength, since, context, source, confirmed}]
UNWIND $rows AS row
MATCH (a:Person {id: row.person_id})
MATCH (b:Person {id: row.other_id})
MERGE (a)-[k:KNOWS]-(b)
SET k.strength = row.strength, k.since = row.since, k.context = row.context,
    k.source = row.source, k.confirmed = coalesce(row.confirmed, date())
