// Relationship counts per type as they were on $day: ties whose since (if any) is on or before
// it and whose until (if any) is on or after it. Columns: type, ties
MATCH ()-[r]->()
WHERE (r.since IS NULL OR r.since <= date($day)) AND (r.until IS NULL OR r.until >= date($day))
  AND NOT type(r) IN ['FOR', 'TO', 'ABOUT', 'THROUGH', 'LED_TO']
RETURN type(r) AS type, count(*) AS ties
ORDER BY type
