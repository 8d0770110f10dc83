// Record which graph version the stored bridging measures describe, in which format, and when
// they were computed. The lists of the areas and themes are not yet stored for them
// (store_lists says when they are). Params: $version, $format, $method, $seconds
MERGE (m:TsunaguMeta {id: 'bridging'})
SET m.graph_version = $version, m.format = $format, m.computed_at = datetime(), m.method = $method,
    m.seconds = $seconds, m.lists_version = null
