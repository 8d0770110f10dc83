// People are listed by their precomputed bridging score, best first.
CREATE INDEX person_bridging_score IF NOT EXISTS FOR (p:Person) ON (p.bridging_score)
