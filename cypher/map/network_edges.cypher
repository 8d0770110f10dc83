// Edges of the whole-network map: who knows whom, who belongs where, who takes part in
// which collaboration, and the cooperation/conflict history between groups; those that hold
// on $day (null: today, where a tie not yet begun counts, as in the projection) with a
// confidence that day of at least $min_confidence (0: every tie; the confidence halves every
// $fade_days without confirmation, as service/analysis/projection.confidence).
// Columns: source, target, type, strength, role, kind, since, confirmed
WITH coalesce(date($day), date()) AS day, $day IS NOT NULL AS dated
MATCH (a)-[r:KNOWS|MEMBER_OF|PARTNER_IN|RELATION]->(b)
WHERE coalesce(r.until >= day, true) AND NOT (dated AND coalesce(r.since > day, false))
WITH a, r, b, day, coalesce(r.confirmed, r.since) AS seen
WHERE $min_confidence = 0 OR seen IS NULL
   OR 0.5 ^ (toFloat(CASE WHEN seen > day THEN 0 ELSE duration.inDays(seen, day).days END) / $fade_days)
      >= $min_confidence - 1e-9
RETURN a.id AS source, b.id AS target, type(r) AS type, r.strength AS strength,
       r.role AS role, r.kind AS kind, toString(r.since) AS since, toString(r.confirmed) AS confirmed
ORDER BY source, target, type
