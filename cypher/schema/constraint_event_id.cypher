// Every Event has a unique stable id (DESIGN.md: domain model).
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE
