// Which graph version the stored bridging measures describe. Columns: graph_version, computed_at, method
OPTIONAL MATCH (m:TsunaguMeta {id: 'bridging'})
RETURN m.graph_version AS graph_version, toString(m.computed_at) AS computed_at, m.method AS method
