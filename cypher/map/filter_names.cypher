// The names of the areas, themes and capabilities a map is filtered by (for its title).
// Params: $ids. Columns: id, name
CALL {
  MATCH (n:Area) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Theme) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Capability) WHERE n.id IN $ids RETURN n
}
RETURN n.id AS id, n.name AS name
