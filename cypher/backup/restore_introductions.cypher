// Recreate introductions from a backup, with their ties to the groups, need, person and
// collaboration their *_id properties name. $rows: [props]
UNWIND $rows AS row
CREATE (i:Introduction)
SET i = row, i.created = datetime(row.created), i.updated = datetime(row.updated)
WITH i
OPTIONAL MATCH (asking:Group {id: i.group_id})
OPTIONAL MATCH (candidate:Group {id: i.candidate_id})
OPTIONAL MATCH (need:Capability {id: i.need_id})
OPTIONAL MATCH (via:Person {id: i.via_id})
OPTIONAL MATCH (led:Collaboration {id: i.collaboration_id})
FOREACH (_ IN CASE WHEN asking IS NULL THEN [] ELSE [1] END | CREATE (i)-[:FOR]->(asking))
FOREACH (_ IN CASE WHEN candidate IS NULL THEN [] ELSE [1] END | CREATE (i)-[:TO]->(candidate))
FOREACH (_ IN CASE WHEN need IS NULL THEN [] ELSE [1] END | CREATE (i)-[:ABOUT]->(need))
FOREACH (_ IN CASE WHEN via IS NULL THEN [] ELSE [1] END | CREATE (i)-[:THROUGH]->(via))
FOREACH (_ IN CASE WHEN led IS NULL THEN [] ELSE [1] END | CREATE (i)-[:LED_TO]->(led))
