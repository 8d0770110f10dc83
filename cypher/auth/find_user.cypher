// A user by name. Param: $name. Columns: name, role, password_hash, disabled, must_change, session_epoch
MATCH (u:User {name: $name})
RETURN u.name AS name, u.role AS role, u.password_hash AS password_hash, u.disabled AS disabled,
       u.must_change AS must_change, u.session_epoch AS session_epoch
