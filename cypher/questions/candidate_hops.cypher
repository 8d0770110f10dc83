// How many steps from a group to each of the groups offering what it needs: the length of a
// shortest introduction through memberships and KNOWS (read as undirected) of at most 8 steps,
// on the ties of the view (as cypher/questions/candidate_introductions.cypher, which then finds
// the path itself for the candidates shown only: one shortest path per candidate here, where
// finding the one to show takes ten).
// Params: $group, $candidates (ids), $day (null: today), $seen_after (null: every tie)
// Columns: candidate, hops (null: no such path)
WITH coalesce(date($day), date()) AS today, date($day) AS day, date($seen_after) AS seen_after
MATCH (g:Group {id: $group})
UNWIND $candidates AS candidate
MATCH (c:Group {id: candidate})
OPTIONAL MATCH p = SHORTEST 1 (g) ((x)-[r:KNOWS|MEMBER_OF WHERE coalesce(r.until >= today, true)
                                                     AND NOT coalesce(r.since > day, false)
                                                     AND coalesce(coalesce(r.confirmed, r.since) >= seen_after, true)]-(y)){1,8} (c)
RETURN candidate, length(p) AS hops
