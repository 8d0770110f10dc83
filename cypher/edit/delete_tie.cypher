// Delete one tie of $type (from the template's fixed list) between the nodes $a and $b (a
// person or a group first, as the template's key; either direction, KNOWS being undirected);
// of the kind $kind when given (RELATION). Columns: deleted
CALL () {
  MATCH (a:Person {id: $a}) RETURN a
  UNION MATCH (a:Group {id: $a}) RETURN a
  UNION MATCH (a:Collaboration {id: $a}) RETURN a
}
MATCH (a)-[r:$($type)]-(b)
WHERE b.id = $b AND ($kind IS NULL OR r.kind = $kind)
DELETE r
RETURN count(r) AS deleted
