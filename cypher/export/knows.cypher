// Export KNOWS ties, once per pair. Columns: person_id, other_id, strength, since, context, source, confirmed
MATCH (a:Person)-[k:KNOWS]->(b:Person)
RETURN a.id AS person_id, b.id AS other_id, k.strength AS strength, toString(k.since) AS since,
       k.context AS context,
       k.source AS source, toString(k.confirmed) AS confirmed
ORDER BY person_id, other_id
