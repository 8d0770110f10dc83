// A successful sign-in clears the user name's counter. Param: $key
MATCH (t:SignInThrottle {key: $key}) DELETE t
