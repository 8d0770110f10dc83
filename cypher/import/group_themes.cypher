// Group WORKS_ON theme. $rows: [{group_id, theme_id}]
UNWIND $rows AS row
MATCH (g:Group {id: row.group_id})
MATCH (t:Theme {id: row.theme_id})
MERGE (g)-[:WORKS_ON]->(t)
