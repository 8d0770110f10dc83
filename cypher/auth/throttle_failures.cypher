// Recent failed sign-ins for each key (a user name, an address) within $window_seconds.
// Params: $keys, $window_seconds. Columns: failures (the highest count among the keys)
UNWIND $keys AS key
OPTIONAL MATCH (t:SignInThrottle {key: key})
WHERE t.since > datetime() - duration({seconds: $window_seconds})
RETURN coalesce(max(t.failures), 0) AS failures
