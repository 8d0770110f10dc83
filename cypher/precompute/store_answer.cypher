// Store one answer of the background analysis (service/impact.py: 'self_running'): `answer`
// as JSON of numbers (no names), with the graph version it describes. Read back by
// precompute/stored_answer. Params: $id, $answer, $version
MERGE (m:TsunaguMeta {id: $id})
SET m.answer = $answer, m.graph_version = $version
