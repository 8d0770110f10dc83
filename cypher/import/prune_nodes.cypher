// --prune: delete nodes of $label (from the template's fixed list) whose id the import
// no longer contains, with their ties. Columns: deleted
MATCH (n:$($label))
WHERE NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS deleted
