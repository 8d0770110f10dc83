// Failed sign-in counters, one per user name and one per address.
CREATE CONSTRAINT signin_throttle_key IF NOT EXISTS FOR (t:SignInThrottle) REQUIRE t.key IS UNIQUE
