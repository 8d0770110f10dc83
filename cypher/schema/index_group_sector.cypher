// Filters of the network map and the questions select groups by sector.
CREATE INDEX group_sector IF NOT EXISTS FOR (g:Group) ON (g.sector)
