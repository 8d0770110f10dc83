// A person or group that a path may start or end at, by id; people only when the reader may
// see their names ($named). Params: $id, $named. Columns: id, name, type
CALL () {
  MATCH (n:Person {id: $id}) WHERE coalesce(n.visibility, 'internal') IN $named
  RETURN n.id AS id, n.name AS name, 'Person' AS type
  UNION
  MATCH (n:Group {id: $id}) RETURN n.id AS id, n.name AS name, 'Group' AS type
}
RETURN id, name, type
