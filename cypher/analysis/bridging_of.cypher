// The stored brokerage of the people $ids (those of an area's or a theme's list, say).
// Columns: the columns of analysis/bridging_list
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE p.bridging_score IS NOT NULL
RETURN p.id AS id, [k IN keys(p) WHERE k STARTS WITH 'bridging_' | [k, p[k]]] AS measures
