// Count a failed attempt against each key; a counter older than the window starts again.
// `last` is when the latest failure was (the backoff counts from it).
// Params: $keys, $window_seconds
UNWIND $keys AS key
MERGE (t:SignInThrottle {key: key})
ON CREATE SET t.failures = 0, t.since = datetime()
WITH t
SET t.failures = CASE WHEN t.since > datetime() - duration({seconds: $window_seconds})
                      THEN t.failures + 1 ELSE 1 END,
    t.since = CASE WHEN t.since > datetime() - duration({seconds: $window_seconds})
                   THEN t.since ELSE datetime() END,
    t.last = datetime()
