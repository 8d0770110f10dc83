// How many nodes the database holds (empty means: load the demo network).
MATCH (n) RETURN count(n) AS nodes
