// Whether a node with this id exists under one of $labels, and which labels it has
// (each branch uses the label's unique-id index). Columns: labels
CALL () {
  MATCH (n:Person {id: $id}) WHERE 'Person' IN $labels RETURN n
  UNION MATCH (n:Group {id: $id}) WHERE 'Group' IN $labels RETURN n
  UNION MATCH (n:Area {id: $id}) WHERE 'Area' IN $labels RETURN n
  UNION MATCH (n:Theme {id: $id}) WHERE 'Theme' IN $labels RETURN n
  UNION MATCH (n:Capability {id: $id}) WHERE 'Capability' IN $labels RETURN n
  UNION MATCH (n:Collaboration {id: $id}) WHERE 'Collaboration' IN $labels RETURN n
  UNION MATCH (n:Event {id: $id}) WHERE 'Event' IN $labels RETURN n
}
RETURN labels(n) AS labels
