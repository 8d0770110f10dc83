// --prune: delete the nodes with these element ids (of nodes the import no longer contains,
// read by import/node_ids in the same transaction), with their ties. Columns: deleted
MATCH (n)
WHERE elementId(n) IN $elements
DETACH DELETE n
RETURN count(*) AS deleted
