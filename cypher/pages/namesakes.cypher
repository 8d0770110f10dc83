// What tells people and groups of the same name apart, for choosing one: the groups a person
// belongs to (or a group's kind) and the areas they live or work in. Params: $ids.
// Columns: id, groups (names, at most 2), areas (names, at most 2)
UNWIND $ids AS id
MATCH (n {id: id}) WHERE n:Person OR n:Group
RETURN n.id AS id,
       COLLECT { MATCH (n)-[:MEMBER_OF]->(g:Group) RETURN g.name ORDER BY g.name LIMIT 2 } AS groups,
       COLLECT { MATCH (n)-[:LIVES_IN|ACTIVE_IN]->(a:Area) RETURN a.name ORDER BY a.name LIMIT 2 } AS areas
