// Store an API token's hash (never the token). Params: $hash, $user, $name. Columns: hash
MATCH (u:User {name: $user})
CREATE (t:ApiToken {hash: $hash, user: u.name, name: $name, created: datetime(), revoked: false})
RETURN t.hash AS hash
