// What a map's details panel shows for one person or group: kind and sector, the groups a
// person belongs to (with roles), a group's member count, needs and strengths.
// Columns: id, type, name, visibility, kind, sector, groups, members, needs, offers
MATCH (n {id: $id})
WHERE n:Person OR n:Group
RETURN n.id AS id, CASE WHEN n:Person THEN 'Person' ELSE 'Group' END AS type, n.name AS name,
       coalesce(n.visibility, 'internal') AS visibility, n.kind AS kind, n.sector AS sector,
       COLLECT { MATCH (n)-[m:MEMBER_OF]->(g:Group) RETURN {id: g.id, name: g.name, role: m.role} } AS groups,
       COUNT { (n)<-[:MEMBER_OF]-(:Person) } AS members,
       COLLECT { MATCH (n)-[:NEEDS]->(c:Capability) RETURN c.name } AS needs,
       COLLECT { MATCH (n)-[:OFFERS]->(c:Capability) RETURN c.name } AS offers
