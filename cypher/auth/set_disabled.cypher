// Disable (or enable) a user; a disabled user is signed out and their tokens stop working.
// Params: $name, $disabled. Columns: name
MATCH (u:User {name: $name})
SET u.disabled = $disabled, u.session_epoch = coalesce(u.session_epoch, 0) + 1
RETURN u.name AS name
