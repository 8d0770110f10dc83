// The embed token with this hash, unless revoked. Columns: map, target, filters, names, label
MATCH (t:EmbedToken {hash: $hash})
WHERE NOT t.revoked
RETURN t.map AS map, t.target AS target, t.filters AS filters, t.names AS names, t.label AS label
