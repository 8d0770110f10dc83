// Wait until every index (and unique constraint) is online before the app serves.
CALL db.awaitIndexes(300)
