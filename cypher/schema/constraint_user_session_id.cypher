// One server-side session per id (service/auth/access.py).
CREATE CONSTRAINT user_session_id IF NOT EXISTS FOR (s:UserSession) REQUIRE s.id IS UNIQUE
