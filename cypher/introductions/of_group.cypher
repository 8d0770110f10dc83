// The introductions a group asked for, by the group asked about: what its candidates list
// marks instead of offering to record one again. Params: $group. Columns: candidate, id, status
MATCH (i:Introduction)
WHERE i.group_id = $group OR i.candidate_id = $group
WITH i, CASE WHEN i.group_id = $group THEN i.candidate_id ELSE i.group_id END AS other
ORDER BY i.created DESC
RETURN other AS candidate, head(collect(i.id)) AS id, head(collect(i.status)) AS status
