// The shortest introduction from a group to each candidate shown (of the groups offering what
// it needs; cypher/questions/candidate_hops.cypher ranks them all by their steps first): a path
// through memberships and KNOWS (read as undirected) of at most 8 steps, the same bound as
// who knows whom, on the ties of the view (as cypher/questions/introduction_paths.cypher).
// Of the ten shortest paths found, the first by the ids along it: the path igraph shows too
// (service/analysis/paths.first_shortest), whenever a pair has at most ten shortest paths.
// A candidate with no such path has nodes and ties null.
// Params: $group, $candidates (ids), $day (null: today), $seen_after (null: every tie)
// Columns: candidate, nodes ([type, id] in order), ties ([type, strength, context, role])
WITH coalesce(date($day), date()) AS today, date($day) AS day, date($seen_after) AS seen_after
MATCH (g:Group {id: $group})
UNWIND $candidates AS candidate
MATCH (c:Group {id: candidate})
OPTIONAL MATCH p = SHORTEST 10 (g) ((x)-[r:KNOWS|MEMBER_OF WHERE coalesce(r.until >= today, true)
                                                      AND NOT coalesce(r.since > day, false)
                                                      AND coalesce(coalesce(r.confirmed, r.since) >= seen_after, true)]-(y)){1,8} (c)
WITH candidate, p
ORDER BY length(p), [n IN nodes(p) | n.id]
WITH candidate, head(collect(p)) AS p
RETURN candidate,
       [n IN nodes(p) | [CASE WHEN n:Person THEN 'Person' ELSE 'Group' END, n.id]] AS nodes,
       [r IN relationships(p) | [type(r), r.strength, r.context, r.role]] AS ties
