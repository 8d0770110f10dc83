// Every embed token (never the token itself: its SHA-256 only, by which the page revokes one).
// Columns: hash, prefix, label, map, target, filters, names, created, revoked
MATCH (t:EmbedToken)
RETURN t.hash AS hash, left(t.hash, 12) AS prefix, t.label AS label, t.map AS map, t.target AS target,
       t.filters AS filters, t.names AS names, toString(t.created) AS created, t.revoked AS revoked
ORDER BY created
