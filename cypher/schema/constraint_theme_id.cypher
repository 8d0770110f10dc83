// Every Theme has a unique stable id (DESIGN.md: domain model).
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE
