// A person or group that a path may start or end at, by id. Private people are not offered:
// they are never named. Param: $id. Columns: id, name, type
CALL () {
  MATCH (n:Person {id: $id}) WHERE coalesce(n.visibility, 'internal') <> 'private'
  RETURN n.id AS id, n.name AS name, 'Person' AS type
  UNION
  MATCH (n:Group {id: $id}) RETURN n.id AS id, n.name AS name, 'Group' AS type
}
RETURN id, name, type
