// Names of the nodes with these $ids (people, groups, collaborations, capabilities, areas,
// themes, events), with a person's visibility so that the page names them only to whom may see
// it. Columns: id, name, visibility (null but for people)
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Person {id: id}) RETURN n
  UNION MATCH (n:Group {id: id}) RETURN n
  UNION MATCH (n:Collaboration {id: id}) RETURN n
  UNION MATCH (n:Capability {id: id}) RETURN n
  UNION MATCH (n:Area {id: id}) RETURN n
  UNION MATCH (n:Theme {id: id}) RETURN n
  UNION MATCH (n:Event {id: id}) RETURN n
}
RETURN n.id AS id, n.name AS name, CASE WHEN n:Person THEN coalesce(n.visibility, 'internal') END AS visibility
