// Record an introduction a coordinator proposes: $group asks, $candidate may help with $need,
// $via is asked to introduce them, along $path (ids). Params: $id, $group, $candidate, $need,
// $via, $path, $note, $user. Columns: id
MATCH (asking:Group {id: $group}), (candidate:Group {id: $candidate})
CREATE (i:Introduction {id: $id, status: 'proposed', created: datetime(), updated: datetime(),
                        created_by: $user, note: $note, path: $path, group_id: $group,
                        candidate_id: $candidate, need_id: $need, via_id: $via,
                        history: ['proposed|' + toString(date()) + '|' + coalesce($user, '')]})
CREATE (i)-[:FOR]->(asking)
CREATE (i)-[:TO]->(candidate)
WITH i
OPTIONAL MATCH (need:Capability {id: $need})
FOREACH (_ IN CASE WHEN need IS NULL THEN [] ELSE [1] END | CREATE (i)-[:ABOUT]->(need))
WITH i
OPTIONAL MATCH (via:Person {id: $via})
FOREACH (_ IN CASE WHEN via IS NULL THEN [] ELSE [1] END | CREATE (i)-[:THROUGH]->(via))
RETURN i.id AS id
