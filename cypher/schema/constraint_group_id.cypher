// Every Group has a unique stable id (DESIGN.md: domain model).
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE
