// Collaboration ADDRESSES theme. $rows: [{collaboration_id, theme_id}]
UNWIND $rows AS row
MATCH (c:Collaboration {id: row.collaboration_id})
MATCH (t:Theme {id: row.theme_id})
MERGE (c)-[:ADDRESSES]->(t)
