// Upsert areas (地域 / 地区 / 町丁) and link each to its parent area (a changed parent
// replaces the old link); `position` is the row's place in the file, the order the lists of
// areas follow. $rows: [{id, name, level, parent_id, position}]
UNWIND $rows AS row
MERGE (a:Area {id: row.id})
SET a.name = row.name, a.level = row.level, a.position = row.position
WITH a, row
CALL (a, row) {
  OPTIONAL MATCH (a)-[old:PART_OF]->(previous:Area)
  WHERE row.parent_id IS NULL OR previous.id <> row.parent_id
  DELETE old
}
WITH a, row
OPTIONAL MATCH (parent:Area {id: row.parent_id})
FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PART_OF]->(parent))
