// --prune: delete the ties with these element ids (of ties the import no longer contains,
// read by import/tie_keys in the same transaction). Columns: deleted
MATCH ()-[r]->()
WHERE elementId(r) IN $elements
DELETE r
RETURN count(*) AS deleted
