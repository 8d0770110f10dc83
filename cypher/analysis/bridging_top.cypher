// The best people by their stored 顔役 score (the default order of /bridging): read in the
// order of the index on bridging_rank, so that a ward of 50,000 stops after $limit instead of
// sorting everyone (equal ranks by id, as bridging_list does: the same order every time);
// optionally only members of a group of $sector.
// Params: $sector (nullable), $limit. Columns: id, measures (the bridging_* properties as [name, value] pairs)
MATCH (p:Person)
WHERE p.bridging_rank IS NOT NULL
  AND ($sector IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:Group {sector: $sector}) })
RETURN p.id AS id, [k IN keys(p) WHERE k STARTS WITH 'bridging_' | [k, p[k]]] AS measures
ORDER BY p.bridging_rank, p.id
LIMIT $limit
