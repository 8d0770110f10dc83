// Move an introduction along: new status, a line of history, and (when it became a
// collaboration) the collaboration it led to. Params: $id, $status, $collaboration, $user.
// Columns: id, status
MATCH (i:Introduction {id: $id})
SET i.status = $status, i.updated = datetime(),
    i.history = i.history + [$status + '|' + toString(date()) + '|' + coalesce($user, '')]
WITH i
OPTIONAL MATCH (k:Collaboration {id: $collaboration})
FOREACH (_ IN CASE WHEN k IS NULL THEN [] ELSE [1] END |
  MERGE (i)-[:LED_TO]->(k) SET i.collaboration_id = k.id)
RETURN i.id AS id, i.status AS status
