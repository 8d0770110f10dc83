// What the stored measures describe: the graph version they were computed for, in which
// format (service/precompute.FORMAT), when, how, in how many seconds, and whether an analysis
// is running now (someone holds the lease).
// Columns: graph_version, format, computed_at, method, seconds, running
OPTIONAL MATCH (m:TsunaguMeta {id: 'bridging'})
OPTIONAL MATCH (l:TsunaguMeta {id: 'analysis-lease'})
RETURN m.graph_version AS graph_version, m.format AS format, toString(m.computed_at) AS computed_at,
       m.method AS method, m.seconds AS seconds, coalesce(l.until > datetime(), false) AS running
