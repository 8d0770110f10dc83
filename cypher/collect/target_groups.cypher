// The groups a survey goes to: those active in $area (or an area inside it), of $sector,
// or listed in $ids; each filter is skipped when null. Columns: id, name
MATCH (g:Group)
WHERE ($area IS NULL OR EXISTS { (g)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) })
  AND ($sector IS NULL OR g.sector = $sector)
  AND ($ids IS NULL OR g.id IN $ids)
RETURN g.id AS id, g.name AS name
ORDER BY id
