// Store the gaps of the ward ('gaps:*') and of each area ('gaps:<area id>'): one TsunaguMeta
// node each, `answer` as JSON of node references and numbers (no names), with the graph
// version it describes; answers of areas no longer there are removed.
// Params: $version, $rows: [{id, answer}]
MATCH (old:TsunaguMeta) WHERE old.id STARTS WITH 'gaps:' AND NOT old.id IN [r IN $rows | r.id]
DETACH DELETE old
WITH count(*) AS removed
UNWIND $rows AS row
MERGE (m:TsunaguMeta {id: row.id})
SET m.answer = row.answer, m.graph_version = $version
