// --prune: delete ties of $type from $from_label nodes to nodes of $to_labels whose key
// ([from id, to id] plus the kind for RELATION) the import no longer contains.
// KNOWS keys arrive in both directions. Columns: deleted
MATCH (a:$($from_label))-[r:$($type)]->(b)
WHERE any(label IN labels(b) WHERE label IN $to_labels)
  AND NOT ([a.id, b.id] + CASE WHEN $with_kind THEN [r.kind] ELSE [] END) IN $keys
DELETE r
RETURN count(*) AS deleted
