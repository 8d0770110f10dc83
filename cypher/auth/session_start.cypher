// A signed-in session on the server: the cookie carries only its id, so signing out (deleting
// it) ends it even for a copy of the cookie. Sessions older than $hours are cleared on the way.
// Params: $id, $user, $hours
OPTIONAL MATCH (old:UserSession) WHERE old.started < datetime() - duration({hours: $hours})
DETACH DELETE old
WITH count(*) AS _
CREATE (:UserSession {id: $id, user: $user, started: datetime()})
