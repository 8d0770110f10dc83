// Introductions recorded or moved along on or after $from and on or before $to (their
// latest step in the period), with the groups and the person asked.
// Columns: id, status, created, updated, group, candidate ({id, name, sector}), via (a person's id)
MATCH (i:Introduction)
WHERE (date(i.created) >= date($from) AND date(i.created) <= date($to))
   OR (date(i.updated) >= date($from) AND date(i.updated) <= date($to))
OPTIONAL MATCH (i)-[:FOR]->(g:Group)
OPTIONAL MATCH (i)-[:TO]->(c:Group)
RETURN i.id AS id, i.status AS status, toString(date(i.created)) AS created, toString(date(i.updated)) AS updated,
       CASE WHEN g IS NULL THEN null ELSE {id: g.id, name: g.name, sector: g.sector} END AS group,
       CASE WHEN c IS NULL THEN null ELSE {id: c.id, name: c.name, sector: c.sector} END AS candidate,
       i.via_id AS via
ORDER BY updated, id
