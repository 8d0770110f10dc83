// Who knows whom: up to $k shortest introduction paths between two people, or a person and a
// group, through KNOWS (read as undirected) and memberships, each visiting a person or a group
// at most once, of at most $max_hops steps (at most 8: the bound of the pattern, beyond which
// an introduction is no longer one and the search grows fast), shortest first.
// Only the ties of the view count: not ended on $day (null: today), not begun after it (when
// a $day is given), and confirmed (or begun) on or after $seen_after (null: every tie), as
// service/analysis/projection.py decides on the projection.
// SHORTEST 10 (Neo4j 5.26 takes no parameter there) finds up to ten paths before $k are kept;
// the simple-path predicate is part of the pattern, so it is applied during the search.
// Params: $from, $to (ids of people or groups), $k (1–10), $max_hops (1–8), $day, $seen_after
// Columns: nodes ([type, id] in order), ties ([type, strength, context, role] in order)
WITH coalesce(date($day), date()) AS today, date($day) AS day, date($seen_after) AS seen_after
CALL () {
  MATCH (a:Person {id: $from}) RETURN a
  UNION
  MATCH (a:Group {id: $from}) RETURN a
}
CALL () {
  MATCH (b:Person {id: $to}) RETURN b
  UNION
  MATCH (b:Group {id: $to}) RETURN b
}
MATCH p = SHORTEST 10 ((a) ((x)-[r:KNOWS|MEMBER_OF WHERE coalesce(r.until >= today, true)
                                                     AND NOT coalesce(r.since > day, false)
                                                     AND coalesce(coalesce(r.confirmed, r.since) >= seen_after, true)]-(y)){1,8} (b)
                      WHERE all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..]) AND NOT b IN x)
WITH p
WHERE length(p) <= $max_hops
WITH p
ORDER BY length(p), [n IN nodes(p) | n.id]
LIMIT $k
RETURN [n IN nodes(p) | [CASE WHEN n:Person THEN 'Person' ELSE 'Group' END, n.id]] AS nodes,
       [r IN relationships(p) | [type(r), r.strength, r.context, r.role]] AS ties
