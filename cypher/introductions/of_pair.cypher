// The introductions already recorded between two groups (either asking), newest first.
// Params: $group, $candidate. Columns: id, status
MATCH (i:Introduction)
WHERE (i.group_id = $group AND i.candidate_id = $candidate) OR (i.group_id = $candidate AND i.candidate_id = $group)
RETURN i.id AS id, i.status AS status
ORDER BY i.created DESC
