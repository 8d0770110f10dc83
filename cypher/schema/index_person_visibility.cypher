// Visibility is checked on every person shown.
CREATE INDEX person_visibility IF NOT EXISTS FOR (p:Person) ON (p.visibility)
