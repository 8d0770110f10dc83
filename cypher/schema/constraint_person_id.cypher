// Every Person has a unique stable id (DESIGN.md: domain model).
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE
