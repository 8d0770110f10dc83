// People who might be the ones a response names: members of $groups, and the people of the
// accepted sign-ins at $event (nullable). Columns: id, name, kana, visibility, groups
MATCH (p:Person)
WHERE EXISTS { (p)-[:MEMBER_OF]->(g:Group) WHERE g.id IN $groups }
   OR ($event IS NOT NULL AND EXISTS { (p)-[:ATTENDED]->(:Event {id: $event}) })
RETURN p.id AS id, p.name AS name, p.kana AS kana, p.visibility AS visibility,
       COLLECT { MATCH (p)-[:MEMBER_OF]->(g:Group) RETURN g.id } AS groups
