// Which of the groups $ids are already tied (a member in both, members who know each other,
// a collaboration together, a history of cooperation) or have a history of conflict; today's
// ties. Params: $ids
// Columns: a, b (group ids, a < b), conflict (true: a history of conflict; false: tied)
MATCH (a:Group) WHERE a.id IN $ids
MATCH (b:Group) WHERE b.id IN $ids AND a.id < b.id
WITH a, b,
     EXISTS { (a)-[:RELATION {kind: 'conflict'}]-(b) } AS conflict,
     EXISTS { (a)<-[m1:MEMBER_OF]-(:Person)-[m2:MEMBER_OF]->(b) WHERE coalesce(m1.until >= date(), true) AND coalesce(m2.until >= date(), true) }
       OR EXISTS { (a)<-[:MEMBER_OF]-(:Person)-[k:KNOWS]-(:Person)-[:MEMBER_OF]->(b) WHERE coalesce(k.until >= date(), true) }
       OR EXISTS { (a)-[:PARTNER_IN]->(:Collaboration)<-[:PARTNER_IN]-(b) }
       OR EXISTS { (a)-[:RELATION {kind: 'cooperation'}]-(b) } AS tied
WHERE conflict OR tied
RETURN a.id AS a, b.id AS b, conflict
