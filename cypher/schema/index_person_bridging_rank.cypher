// People are listed by their precomputed bridging rank, best first.
CREATE INDEX person_bridging_rank IF NOT EXISTS FOR (p:Person) ON (p.bridging_rank)
