// Recent failed sign-ins for each key (a user name, an address) within $window_seconds.
// Params: $keys, $window_seconds. Columns: key, failures
UNWIND $keys AS key
OPTIONAL MATCH (t:SignInThrottle {key: key})
WHERE t.since > datetime() - duration({seconds: $window_seconds})
RETURN key, coalesce(t.failures, 0) AS failures
