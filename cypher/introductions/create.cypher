// Record an introduction: one a coordinator proposes ($status 'proposed'), or two groups that
// met at a matching event and went on ('met', on $day, the event's name as $step_note): $group
// asks, $candidate may help with $need, $via is asked to introduce them, along $path (ids).
// Params: $id, $status, $day (null: today), $step_note, $group, $candidate, $need, $via, $path,
// $note, $user. Columns: id
MATCH (asking:Group {id: $group}), (candidate:Group {id: $candidate})
CREATE (i:Introduction {id: $id, status: $status, created: datetime(), updated: datetime(),
                        created_by: $user, note: $note, path: $path, group_id: $group,
                        candidate_id: $candidate, need_id: $need, via_id: $via,
                        history: [$status + '|' + coalesce($day, toString(date())) + '|' + coalesce($user, '')
                                  + CASE WHEN $step_note IS NULL THEN '' ELSE '|' + $step_note END]})
CREATE (i)-[:FOR]->(asking)
CREATE (i)-[:TO]->(candidate)
WITH i
OPTIONAL MATCH (need:Capability {id: $need})
FOREACH (_ IN CASE WHEN need IS NULL THEN [] ELSE [1] END | CREATE (i)-[:ABOUT]->(need))
WITH i
OPTIONAL MATCH (via:Person {id: $via})
FOREACH (_ IN CASE WHEN via IS NULL THEN [] ELSE [1] END | CREATE (i)-[:THROUGH]->(via))
RETURN i.id AS id
