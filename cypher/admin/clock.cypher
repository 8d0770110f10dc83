// The offset of the zone Neo4j's date() and datetime() use (its setting
// db.temporal.timezone): the app checks at start that it is the ward's (service/clock.py),
// so that Cypher and Python agree on what day it is. Params: none. Columns: offset
RETURN datetime().offset AS offset
