// The nodes of $label (an area, a theme or a capability: from the template's fixed list,
// never from user text) whose name is one of $names, for a reference written by name.
// Columns: name, id
MATCH (n:$($label))
WHERE n.name IN $names
RETURN n.name AS name, n.id AS id
