// Recent failed attempts for each key (a user name, an address, a link) within
// $window_seconds, and how many seconds ago the latest was.
// Params: $keys, $window_seconds. Columns: key, failures, seconds_since_last
UNWIND $keys AS key
OPTIONAL MATCH (t:SignInThrottle {key: key})
WHERE t.since > datetime() - duration({seconds: $window_seconds})
RETURN key, coalesce(t.failures, 0) AS failures,
       CASE WHEN t IS NULL THEN null
            ELSE duration.inSeconds(coalesce(t.last, t.since), datetime()).seconds END AS seconds_since_last
