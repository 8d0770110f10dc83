// Forget the brokerage stored on every person, before the new one is stored in the same
// transaction: $forget maps every bridging_* property, of this version and of older ones,
// to null. (One pass over the people who have some: no list of ids to look each one up in.)
// Params: $forget
MATCH (p:Person)
WHERE p.bridging_score IS NOT NULL OR p.bridging_betweenness IS NOT NULL
SET p += $forget
