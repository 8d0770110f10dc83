// Every Collaboration has a unique stable id (DESIGN.md: domain model).
CREATE CONSTRAINT collaboration_id IF NOT EXISTS FOR (n:Collaboration) REQUIRE n.id IS UNIQUE
