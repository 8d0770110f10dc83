// Active collaborations are counted and listed on the dashboard.
CREATE INDEX collaboration_status IF NOT EXISTS FOR (c:Collaboration) ON (c.status)
