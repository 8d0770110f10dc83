// Export KNOWS ties, once per pair. Columns: person_id, other_id, strength, since, context, source, confirmed
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (a:Person)-[k:KNOWS]->(b:Person)
WHERE $of IS NULL OR a.id = $of
RETURN a.id AS person_id, b.id AS other_id, k.strength AS strength, toString(k.since) AS since,
       k.context AS context,
       k.source AS source, toString(k.confirmed) AS confirmed
ORDER BY person_id, other_id
