// Forget the bridging measures of people not in $ids (they left the network's computation).
MATCH (p:Person)
WHERE p.bridging_score IS NOT NULL AND NOT p.id IN $ids
REMOVE p.bridging_score, p.bridging_betweenness, p.bridging_betweenness_normalized,
       p.bridging_constraint, p.bridging_groups, p.bridging_sectors, p.bridging_areas,
       p.bridging_rank, p.bridging_detail
