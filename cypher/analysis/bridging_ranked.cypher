// A stored ranked list of brokerage (an area's or a theme's: 'bridging-area:<id>',
// 'bridging-theme:<id>'). Param: $id.
// Columns: ranked (JSON, or null when not computed), graph_version (that it describes)
OPTIONAL MATCH (m:TsunaguMeta {id: $id})
RETURN m.ranked AS ranked, m.graph_version AS graph_version
