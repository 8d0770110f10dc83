// Export offers. Columns: group_id, capability_id, priority, note
MATCH (g:Group)-[r:OFFERS]->(c:Capability)
RETURN g.id AS group_id, c.id AS capability_id, r.priority AS priority, r.note AS note
ORDER BY group_id, capability_id
