// The graph's version stamp and size (from the count store, Tsunagu's own meta nodes left
// out): a cache key for projections and precomputed scores. Columns: version, nodes, ties
OPTIONAL MATCH (m:TsunaguMeta {id: 'graph'})
CALL () { MATCH (n) RETURN count(n) AS everything }
CALL () { MATCH (n:TsunaguMeta) RETURN count(n) AS meta }
CALL () { MATCH ()-[r]->() RETURN count(r) AS ties }
RETURN m.version AS version, everything - meta AS nodes, ties
