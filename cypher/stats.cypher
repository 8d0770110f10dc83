// Node counts per label and relationship counts per type, from Neo4j's count store, for the
// labels and types of the network ($labels, $types: declared once in service/template.py).
// Columns: nodes [{label, count}], relationships [{type, count}]
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [entry IN data.nodes WHERE entry.label IN $labels | {label: entry.label, count: entry.count}] AS nodes,
       [entry IN data.relationships WHERE entry.relationshipType IN $types AND entry.startLabel IS NULL
                                      AND entry.endLabel IS NULL
        | {type: entry.relationshipType, count: entry.count}] AS relationships
