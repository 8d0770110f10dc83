// The user an API token belongs to, when the token is live and the user enabled.
// Param: $hash. Columns: name, role, disabled, must_change, session_epoch, password_hash
MATCH (t:ApiToken {hash: $hash}) WHERE NOT t.revoked
MATCH (u:User {name: t.user}) WHERE NOT u.disabled
RETURN u.name AS name, u.role AS role, u.disabled AS disabled, u.must_change AS must_change,
       u.session_epoch AS session_epoch, null AS password_hash
