// Every Area has a unique stable id (DESIGN.md: domain model).
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE
