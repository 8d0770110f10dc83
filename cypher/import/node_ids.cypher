// --prune: the id (and element id) of every node of $label (from the template's fixed list),
// to find in Python (a set) those the import no longer contains. Columns: ids, elements
MATCH (n:$($label))
RETURN collect(n.id) AS ids, collect(elementId(n)) AS elements
