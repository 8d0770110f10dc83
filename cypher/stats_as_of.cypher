// Relationship counts per type as they were on $day: ties whose since (if any) is on or before
// it and whose until (if any) is on or after it, and whose confidence that day is at least
// $min_confidence: 0.5 ^ (days since confirmed, or else since, / $fade_days), 1 with neither
// date (as service/analysis/projection.confidence); only the network's types ($types, from
// service/template.py). Columns: type, ties
MATCH ()-[r]->()
WHERE (r.since IS NULL OR r.since <= date($day)) AND (r.until IS NULL OR r.until >= date($day))
  AND type(r) IN $types
WITH r, coalesce(r.confirmed, r.since) AS seen
WITH r, CASE WHEN seen IS NULL THEN 1.0
             ELSE 0.5 ^ (toFloat(CASE WHEN seen > date($day) THEN 0 ELSE duration.inDays(seen, date($day)).days END)
                         / $fade_days) END AS confidence
WHERE confidence >= $min_confidence - 1e-9
RETURN type(r) AS type, count(*) AS ties
ORDER BY type
