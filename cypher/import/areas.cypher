// Upsert areas (地域 / 地区 / 町丁) and link each to its parent area.
// $rows: [{id, name, level, parent_id}]
UNWIND $rows AS row
MERGE (a:Area {id: row.id})
SET a.name = row.name, a.level = row.level
WITH a, row
OPTIONAL MATCH (parent:Area {id: row.parent_id})
FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PART_OF]->(parent))
