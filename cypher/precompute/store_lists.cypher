// Store the ranked brokerage of each area and theme (people among that area's or theme's
// groups): one TsunaguMeta node per list, `ranked` as JSON rows of ids and numbers
// [id, score, rank, between, liaison, representative, first_pair, points_between,
// points_sectors], with the graph version it describes; lists no longer computed are removed;
// the ward's measures then say that their lists are stored too (lists_version).
// Params: $version, $rows: [{id: 'bridging-area:<area id>' | 'bridging-theme:<theme id>', ranked}]
MATCH (old:TsunaguMeta) WHERE old.id STARTS WITH 'bridging-' AND NOT old.id IN [r IN $rows | r.id]
DETACH DELETE old
WITH count(*) AS removed
UNWIND $rows AS row
MERGE (m:TsunaguMeta {id: row.id})
SET m.ranked = row.ranked, m.graph_version = $version
WITH count(*) AS stored
MATCH (b:TsunaguMeta {id: 'bridging'})
SET b.lists_version = $version
