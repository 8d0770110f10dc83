// Export areas in the template's columns. Columns: id, name, level, parent_id
MATCH (a:Area)
OPTIONAL MATCH (a)-[:PART_OF]->(parent:Area)
RETURN a.id AS id, a.name AS name, a.level AS level, parent.id AS parent_id
ORDER BY id
