// How many staged responses wait for review. Columns: pending
MATCH (r:Response {status: 'pending'})
RETURN count(r) AS pending
