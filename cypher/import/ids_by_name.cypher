// The nodes of $label (an area, a theme, a capability, or on an edit form a person or a group:
// from the template's fixed list of labels, never from user text) whose name is one of $names, for a reference written by name.
// Columns: name, id
MATCH (n:$($label))
WHERE n.name IN $names
RETURN n.name AS name, n.id AS id
