// What the stored measures describe: the graph version they were computed for, when, how,
// in how many seconds, and whether an analysis is running now (someone holds the lease).
// Columns: graph_version, computed_at, method, seconds, running
OPTIONAL MATCH (m:TsunaguMeta {id: 'bridging'})
OPTIONAL MATCH (l:TsunaguMeta {id: 'analysis-lease'})
RETURN m.graph_version AS graph_version, toString(m.computed_at) AS computed_at, m.method AS method,
       m.seconds AS seconds, coalesce(l.until > datetime(), false) AS running
