// Which of $ids already exist as nodes of $label (the label comes from the template's
// fixed list, never from user text). Columns: id
MATCH (n:$($label))
WHERE n.id IN $ids
RETURN n.id AS id
