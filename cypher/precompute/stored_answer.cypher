// An answer stored by the background analysis (service/gaps_answers.py: 'gaps:*',
// 'gaps:<area id>'; service/impact.py: 'self_running'). Param: $id.
// Columns: answer (JSON, or null when not stored), graph_version (that it describes)
OPTIONAL MATCH (m:TsunaguMeta {id: $id})
RETURN m.answer AS answer, m.graph_version AS graph_version
