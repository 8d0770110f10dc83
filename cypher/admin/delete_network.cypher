// Delete the network (everything but users and API tokens), in batches; the tests and the maps
// benchmark start from an empty graph and keep their signed-in users. Auto-commit only.
MATCH (n) WHERE NOT n:User AND NOT n:ApiToken
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
