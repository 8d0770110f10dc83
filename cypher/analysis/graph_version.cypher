// The graph's version stamp and the size of the network (from the count store): a cache key
// for projections and precomputed answers. Only the network's own labels and types count
// ($labels, $types: declared once in service/template.py), so audit entries, sign-in
// counters, introductions, surveys and responses never make the network look changed.
// Columns: version, nodes, ties
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
OPTIONAL MATCH (m:TsunaguMeta {id: 'graph'})
RETURN m.version AS version,
       reduce(total = 0, entry IN data.nodes |
              total + CASE WHEN entry.label IN $labels THEN entry.count ELSE 0 END) AS nodes,
       reduce(total = 0, entry IN data.relationships |
              total + CASE WHEN entry.relationshipType IN $types AND entry.startLabel IS NULL
                                AND entry.endLabel IS NULL THEN entry.count ELSE 0 END) AS ties
