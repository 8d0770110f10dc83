// Store precomputed bridging measures on each person (bridging_* properties).
// $rows: [{id, score, betweenness, betweenness_normalized, constraint, groups, sectors, areas, rank, detail}]
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.bridging_score = row.score, p.bridging_betweenness = row.betweenness,
    p.bridging_betweenness_normalized = row.betweenness_normalized,
    p.bridging_constraint = row.constraint, p.bridging_groups = row.groups,
    p.bridging_sectors = row.sectors, p.bridging_areas = row.areas, p.bridging_rank = row.rank,
    p.bridging_detail = row.detail
