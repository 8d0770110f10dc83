// How many users exist (the first `tsunagu up` creates an admin when none). Columns: users
MATCH (u:User) RETURN count(u) AS users
