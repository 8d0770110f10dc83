// Delete every node and tie, in batches (used by restore and by the tests; auto-commit only).
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
