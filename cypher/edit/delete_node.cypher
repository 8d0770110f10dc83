// Delete a node (by $id, under $label: Person, Group, Event or Collaboration) with all its
// ties. Columns: deleted
OPTIONAL CALL () {
  MATCH (n:Person {id: $id}) WHERE $label = 'Person' RETURN n
  UNION MATCH (n:Group {id: $id}) WHERE $label = 'Group' RETURN n
  UNION MATCH (n:Event {id: $id}) WHERE $label = 'Event' RETURN n
  UNION MATCH (n:Collaboration {id: $id}) WHERE $label = 'Collaboration' RETURN n
}
WITH n, n IS NOT NULL AS found
DETACH DELETE n
RETURN CASE WHEN found THEN 1 ELSE 0 END AS deleted
