// Export areas in the template's columns, in the order they were imported (imported again,
// they keep it). Columns: id, name, level, parent_id
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (a:Area)
WHERE $of IS NULL OR a.id = $of
OPTIONAL MATCH (a)-[:PART_OF]->(parent:Area)
RETURN a.id AS id, a.name AS name, a.level AS level, parent.id AS parent_id
ORDER BY a.position, id
