// Every user, without password hashes. Columns: name, role, disabled, must_change, created, tokens
MATCH (u:User)
RETURN u.name AS name, u.role AS role, u.disabled AS disabled, u.must_change AS must_change,
       toString(u.created) AS created,
       COUNT { MATCH (t:ApiToken {user: u.name}) WHERE NOT t.revoked } AS tokens
ORDER BY name
