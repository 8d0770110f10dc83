// For every two departments, what they already share: a collaboration both support or take
// part in, a meeting (an event both organised, or one their staff both attended) and a known
// contact (a member of one who knows a member of the other).
// Columns: a, b (department ids, a < b), collaboration, meeting, contact (booleans)
MATCH (a:Group {kind: 'ward_department'}), (b:Group {kind: 'ward_department'})
WHERE a.id < b.id
RETURN a.id AS a, b.id AS b,
       EXISTS { (a)-[:SUPPORTS|PARTNER_IN]->(c:Collaboration)<-[:SUPPORTS|PARTNER_IN]-(b) } AS collaboration,
       EXISTS { (a)-[:ORGANIZED]->(:Event)<-[:ORGANIZED]-(b) }
         OR EXISTS { (a)<-[:MEMBER_OF]-(:Person)-[:ATTENDED]->(:Event)<-[:ATTENDED]-(:Person)-[:MEMBER_OF]->(b) } AS meeting,
       EXISTS { (a)<-[:MEMBER_OF]-(:Person)-[:KNOWS]-(:Person)-[:MEMBER_OF]->(b) } AS contact
