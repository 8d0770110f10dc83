// Forget the brokerage of people not in $ids (no brokerage any more, or gone): $forget maps
// every bridging_* property, of this version and of older ones, to null.
// Params: $ids, $forget
MATCH (p:Person)
WHERE p.bridging_score IS NOT NULL AND NOT p.id IN $ids
   OR p.bridging_betweenness IS NOT NULL
SET p += $forget
