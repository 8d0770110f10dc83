// Every area, for choosing one (地域 before 地区 before 町丁), with the area it lies in and
// its place in the file it came from (`position`: the ward's own order, which
// service/choices.py follows within a level).
// Columns: id, name, level, parent (id, or null for a 地域), position (null: not imported so)
MATCH (a:Area)
OPTIONAL MATCH (a)-[:PART_OF]->(p:Area)
RETURN a.id AS id, a.name AS name, a.level AS level, p.id AS parent, a.position AS position
ORDER BY CASE a.level WHEN '地域' THEN 0 WHEN '地区' THEN 1 ELSE 2 END
