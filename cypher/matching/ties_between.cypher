// Which of the groups $ids are already tied (a collaboration together, a member in both,
// members who know each other, a history of cooperation) or have a history of conflict;
// today's ties. Params: $ids
// Columns: a, b (group ids, a < b), conflict (true: a history of conflict), how (the ways the
// two are tied, among 'collaboration', 'member', 'knows', 'cooperation'; empty: not tied)
MATCH (a:Group) WHERE a.id IN $ids
MATCH (b:Group) WHERE b.id IN $ids AND a.id < b.id
WITH a, b,
     EXISTS { (a)-[:RELATION {kind: 'conflict'}]-(b) } AS conflict,
     [way IN [
        CASE WHEN EXISTS { (a)-[:PARTNER_IN]->(:Collaboration)<-[:PARTNER_IN]-(b) } THEN 'collaboration' END,
        CASE WHEN EXISTS { (a)<-[m1:MEMBER_OF]-(:Person)-[m2:MEMBER_OF]->(b)
                           WHERE coalesce(m1.until >= date(), true) AND coalesce(m2.until >= date(), true) } THEN 'member' END,
        CASE WHEN EXISTS { (a)<-[:MEMBER_OF]-(:Person)-[k:KNOWS]-(:Person)-[:MEMBER_OF]->(b)
                           WHERE coalesce(k.until >= date(), true) } THEN 'knows' END,
        CASE WHEN EXISTS { (a)-[:RELATION {kind: 'cooperation'}]-(b) } THEN 'cooperation' END
      ] WHERE way IS NOT NULL] AS how
WHERE conflict OR size(how) > 0
RETURN a.id AS a, b.id AS b, conflict, how
