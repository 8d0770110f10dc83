// Store the brokerage of each person as bridging_* properties (numbers, and the places as
// ids in bridging_detail, JSON): service/precompute.STORED names them.
// $rows: [{id, measures: {bridging_score, bridging_rank, ...}}]
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p += row.measures
