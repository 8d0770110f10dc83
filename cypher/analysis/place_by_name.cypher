// An area or a theme chosen by id or by name (a map filter written as 「光が丘」): the nodes
// with one of $labels ('Area', 'Theme') whose id or name is $given (「光が丘」 finds 光が丘地域).
// Params: $given, $labels. Columns: id, name, rank (0 the id, 1 the name, 2 name + 地域, 3 name + 地区)
CALL {
  MATCH (n:Area) WHERE 'Area' IN $labels AND (n.id = $given OR n.name IN [$given, $given + '地域', $given + '地区']) RETURN n
  UNION
  MATCH (n:Theme) WHERE 'Theme' IN $labels AND (n.id = $given OR n.name IN [$given, $given + '地域', $given + '地区']) RETURN n
}
WITH n, CASE n.id WHEN $given THEN 0 ELSE CASE n.name WHEN $given THEN 1 WHEN $given + '地域' THEN 2 ELSE 3 END END AS rank
RETURN n.id AS id, n.name AS name, rank
ORDER BY rank, n.id
LIMIT 6
