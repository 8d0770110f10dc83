// Mark the graph as changed (inside the import's transaction): cached projections and
// precomputed bridging scores compare this version to know they are stale.
MERGE (m:TsunaguMeta {id: 'graph'})
SET m.version = randomUUID(), m.changed_at = datetime()
