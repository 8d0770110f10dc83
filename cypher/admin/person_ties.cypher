// What deleting a person removes, for the confirmation page: their name and how many ties of
// each kind they have. Param: $id. Columns: name, visibility, ties [{type, count}]
MATCH (p:Person {id: $id})
RETURN p.name AS name, p.visibility AS visibility,
       COLLECT { MATCH (p)-[r]-() WITH type(r) AS type, count(r) AS count
                 RETURN {type: type, count: count} ORDER BY type } AS ties
