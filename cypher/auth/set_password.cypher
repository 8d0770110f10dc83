// A new password; signs the user out everywhere (session_epoch). Params: $name,
// $password_hash, $must_change. Columns: name
MATCH (u:User {name: $name})
SET u.password_hash = $password_hash, u.must_change = $must_change,
    u.session_epoch = coalesce(u.session_epoch, 0) + 1
RETURN u.name AS name
