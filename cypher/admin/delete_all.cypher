// Delete every node and tie, in batches (the maps benchmark starts from nothing; auto-commit only).
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
