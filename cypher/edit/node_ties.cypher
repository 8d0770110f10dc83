// What deleting a node removes: the node (by $id, under $label: Person, Group, Event or
// Collaboration, from service/editing.EDITABLE, each branch using its label's id index), its
// name, and how many ties of each type it has. Columns: id, name, ties ([type, count])
CALL () {
  MATCH (n:Person {id: $id}) WHERE $label = 'Person' RETURN n
  UNION MATCH (n:Group {id: $id}) WHERE $label = 'Group' RETURN n
  UNION MATCH (n:Event {id: $id}) WHERE $label = 'Event' RETURN n
  UNION MATCH (n:Collaboration {id: $id}) WHERE $label = 'Collaboration' RETURN n
}
RETURN n.id AS id, n.name AS name,
       COLLECT { MATCH (n)-[r]-() WITH type(r) AS type, count(*) AS ties RETURN [type, ties] ORDER BY type } AS ties
