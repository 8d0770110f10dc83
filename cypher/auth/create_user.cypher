// Add a user. Params: $name, $role, $password_hash, $must_change. Columns: name
CREATE (u:User {name: $name, role: $role, password_hash: $password_hash, must_change: $must_change,
                disabled: false, session_epoch: 0, created: datetime()})
RETURN u.name AS name
