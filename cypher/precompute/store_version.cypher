// Record which graph version the stored bridging measures describe, and when they were computed.
MERGE (m:TsunaguMeta {id: 'bridging'})
SET m.graph_version = $version, m.computed_at = datetime(), m.method = $method, m.seconds = $seconds
