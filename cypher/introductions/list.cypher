// Introductions, newest first, optionally of one status, one asking group, or involving a
// group or a person ($involving: the asking group, the group asked about, or the person asked).
// Params: $status, $group, $id, $involving (each nullable). Columns: introduction (its path as
// [{id, type}]), group, candidate, need, via (the person's id: named when shown), collaboration
MATCH (i:Introduction)
WHERE ($status IS NULL OR i.status = $status) AND ($group IS NULL OR i.group_id = $group)
  AND ($id IS NULL OR i.id = $id) AND ($involving IS NULL OR $involving IN [i.group_id, i.candidate_id, i.via_id])
OPTIONAL MATCH (i)-[:FOR]->(g:Group)
OPTIONAL MATCH (i)-[:TO]->(c:Group)
OPTIONAL MATCH (i)-[:ABOUT]->(n:Capability)
OPTIONAL MATCH (i)-[:THROUGH]->(p:Person)
OPTIONAL MATCH (i)-[:LED_TO]->(k:Collaboration)
RETURN {id: i.id, status: i.status, created: toString(i.created), updated: toString(i.updated),
        created_by: i.created_by, note: i.note, history: i.history,
        path: [step IN coalesce(i.path, []) |
               {id: step, type: CASE WHEN EXISTS { (:Person {id: step}) } THEN 'Person' ELSE 'Group' END}]}
       AS introduction,
       CASE WHEN g IS NULL THEN null ELSE {id: g.id, name: g.name, sector: g.sector} END AS group,
       CASE WHEN c IS NULL THEN null ELSE {id: c.id, name: c.name, sector: c.sector} END AS candidate,
       CASE WHEN n IS NULL THEN null ELSE {id: n.id, name: n.name} END AS need,
       p.id AS via,
       CASE WHEN k IS NULL THEN null ELSE {id: k.id, name: k.name} END AS collaboration
ORDER BY i.created DESC
LIMIT $limit
