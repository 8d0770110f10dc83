// Groups whose first dated tie (a member, a partnership, a relation) falls on or after $from and on
// or before $to: groups that joined the network. Columns: id, name, sector, first
MATCH (g:Group)
WITH g, COLLECT { MATCH (g)-[r:PARTNER_IN|RELATION]-() WHERE r.since IS NOT NULL RETURN r.since
                  UNION MATCH (g)<-[r:MEMBER_OF]-() WHERE r.since IS NOT NULL RETURN r.since } AS days
WITH g, reduce(first = null, d IN days | CASE WHEN first IS NULL OR d < first THEN d ELSE first END) AS first
WHERE first >= date($from) AND first <= date($to)
RETURN g.id AS id, g.name AS name, g.sector AS sector, toString(first) AS first
ORDER BY first, id
