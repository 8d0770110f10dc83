// Relationship counts per type as they were on $day: ties that had begun (their since; for an
// attendance or an event organised without one, the event's day; for a collaboration's tie, the
// day it started) and had not ended (until) on it, and, for the ties that fade unless confirmed
// ($fading: those the template lets one confirm), whose confidence that day is at least
// $min_confidence: 0.5 ^ (days since confirmed, or else since begun, / $fade_days), 1 with
// neither date (as service/analysis/projection.confidence); only the network's types ($types,
// from service/template.py). Columns: type, ties
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
WITH r, coalesce(r.since, CASE WHEN b:Event THEN b.date WHEN b:Collaboration THEN b.started END) AS began
WHERE (began IS NULL OR began <= date($day)) AND (r.until IS NULL OR r.until >= date($day))
WITH r, CASE WHEN type(r) IN $fading THEN coalesce(r.confirmed, began) END AS seen
WITH r, CASE WHEN seen IS NULL THEN 1.0
             ELSE 0.5 ^ (toFloat(CASE WHEN seen > date($day) THEN 0 ELSE duration.inDays(seen, date($day)).days END)
                         / $fade_days) END AS confidence
WHERE confidence >= $min_confidence - 1e-9
RETURN type(r) AS type, count(*) AS ties
ORDER BY type
