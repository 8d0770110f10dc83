// People ranked by their stored brokerage (service/analysis/brokerage.py), best first by
// $sort — score, between, liaison, representative or first_pair — or by the pairs of two
// sectors $pair (an index of brokerage.PAIRS; null: not by a pair); optionally only members of
// a group of $sector. Params: $sort, $pair, $sector (nullable), $limit.
// Columns: id, measures (the bridging_* properties as [name, value] pairs)
MATCH (p:Person)
WHERE p.bridging_score IS NOT NULL
  AND ($sector IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:Group {sector: $sector}) })
WITH p, CASE WHEN $pair IS NOT NULL THEN p.bridging_pairs[$pair] ELSE p['bridging_' + $sort] END AS key
WHERE $pair IS NULL OR key > 0
RETURN p.id AS id, [k IN keys(p) WHERE k STARTS WITH 'bridging_' | [k, p[k]]] AS measures
ORDER BY key DESC, p.bridging_rank, p.id
LIMIT $limit
