// Of the people $ids, those who belong to a group of $sector. Columns: id
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE EXISTS { (p)-[:MEMBER_OF]->(:Group {sector: $sector}) }
RETURN p.id AS id
