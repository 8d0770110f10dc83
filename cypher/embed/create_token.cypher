// Store a new embed token (only its SHA-256 hash: the token itself is shown once).
// Params: $hash, $label, $map, $target, $filters (JSON text), $names (bool)
CREATE (t:EmbedToken {hash: $hash, label: $label, map: $map, target: $target, filters: $filters,
                      names: $names, created: datetime(), revoked: false})
RETURN t.hash AS hash
