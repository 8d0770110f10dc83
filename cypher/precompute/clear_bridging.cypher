// Forget the brokerage stored on the people who are not ranked now ($ranked maps the id of
// every ranked person to true: their measures are overwritten by store_bridging in the same
// transaction), and measures of a former format on anyone: $forget maps every bridging_*
// property, of this version and of older ones, to null. One pass over the people who have
// some, each looked up in a map (not in a list of 50,000 ids).
// Params: $forget, $ranked
MATCH (p:Person)
WHERE (p.bridging_score IS NOT NULL AND $ranked[p.id] IS NULL) OR p.bridging_betweenness IS NOT NULL
SET p += $forget
