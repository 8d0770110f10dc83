// Introductions, newest first, optionally of one status or one asking group.
// Params: $status, $group, $id (each nullable). Columns: introduction, group, candidate, need,
// via, collaboration
MATCH (i:Introduction)
WHERE ($status IS NULL OR i.status = $status) AND ($group IS NULL OR i.group_id = $group)
  AND ($id IS NULL OR i.id = $id)
OPTIONAL MATCH (i)-[:FOR]->(g:Group)
OPTIONAL MATCH (i)-[:TO]->(c:Group)
OPTIONAL MATCH (i)-[:ABOUT]->(n:Capability)
OPTIONAL MATCH (i)-[:THROUGH]->(p:Person)
OPTIONAL MATCH (i)-[:LED_TO]->(k:Collaboration)
RETURN {id: i.id, status: i.status, created: toString(i.created), updated: toString(i.updated),
        created_by: i.created_by, note: i.note, path: i.path, history: i.history} AS introduction,
       CASE WHEN g IS NULL THEN null ELSE {id: g.id, name: g.name, sector: g.sector} END AS group,
       CASE WHEN c IS NULL THEN null ELSE {id: c.id, name: c.name, sector: c.sector} END AS candidate,
       CASE WHEN n IS NULL THEN null ELSE {id: n.id, name: n.name} END AS need,
       CASE WHEN p IS NULL THEN null ELSE {id: p.id, name: p.name, visibility: p.visibility} END AS via,
       CASE WHEN k IS NULL THEN null ELSE {id: k.id, name: k.name} END AS collaboration
ORDER BY i.created DESC
LIMIT $limit
