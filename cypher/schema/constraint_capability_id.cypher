// Every Capability has a unique stable id (DESIGN.md: domain model).
CREATE CONSTRAINT capability_id IF NOT EXISTS FOR (n:Capability) REQUIRE n.id IS UNIQUE
