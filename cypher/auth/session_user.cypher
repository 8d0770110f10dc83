// The user of a live session (started within $hours). Params: $id, $hours.
// Columns: name, role, password_hash, disabled, must_change, session_epoch
MATCH (s:UserSession {id: $id}) WHERE s.started > datetime() - duration({hours: $hours})
MATCH (u:User {name: s.user})
RETURN u.name AS name, u.role AS role, u.password_hash AS password_hash, u.disabled AS disabled,
       u.must_change AS must_change, u.session_epoch AS session_epoch
