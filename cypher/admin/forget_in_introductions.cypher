// After a person is deleted: introductions that went through them keep no trace of their id.
// Param: $id. Columns: introductions
MATCH (i:Introduction)
WHERE i.via_id = $id OR $id IN i.path
SET i.via_id = CASE WHEN i.via_id = $id THEN null ELSE i.via_id END,
    i.path = [step IN i.path WHERE step <> $id]
RETURN count(i) AS introductions
