// Collaborations no department supports (not ended) that work on a theme some department
// works on: the departments that may want to know of them.
// Columns: collaboration, status, themes (shared theme ids), department
MATCH (c:Collaboration)-[:ADDRESSES]->(t:Theme)<-[:WORKS_ON]-(d:Group {kind: 'ward_department'})
WHERE coalesce(c.status, '') <> 'ended' AND NOT EXISTS { (:Group {kind: 'ward_department'})-[:SUPPORTS]->(c) }
RETURN c.id AS collaboration, c.status AS status, collect(DISTINCT t.id) AS themes, d.id AS department
ORDER BY collaboration, department
