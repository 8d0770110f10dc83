// Sign-out: the session ends on the server. Param: $id
MATCH (s:UserSession {id: $id}) DELETE s
