// A dated note on an introduction's history (what was said, agreed, tried).
// Params: $id, $note, $user. Columns: id
MATCH (i:Introduction {id: $id})
SET i.updated = datetime(),
    i.history = i.history + ['note|' + toString(date()) + '|' + coalesce($user, '') + '|' + $note]
RETURN i.id AS id
