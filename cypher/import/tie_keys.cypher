// --prune: the key of every tie of $type from $from_label nodes to nodes of $to_labels
// (types and labels from the template's fixed lists) — [from id, to id, kind], the kind null
// but for RELATION — and its element id, for Python to find (a set) those the import no
// longer contains. Columns: keys, elements
MATCH (a:$($from_label))-[r:$($type)]->(b)
WHERE any(label IN labels(b) WHERE label IN $to_labels)
RETURN collect([a.id, b.id, r.kind]) AS keys, collect(elementId(r)) AS elements
