// Groups are listed and filtered by kind (町会, NPO, …).
CREATE INDEX group_kind IF NOT EXISTS FOR (g:Group) ON (g.kind)
