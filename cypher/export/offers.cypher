// Export offers. Columns: group_id, capability_id, priority, note
// $of: only the rows of this id (first column; null: every row, for the whole export).
MATCH (g:Group)-[r:OFFERS]->(c:Capability)
WHERE $of IS NULL OR g.id = $of
RETURN g.id AS group_id, c.id AS capability_id, r.priority AS priority, r.note AS note
ORDER BY group_id, capability_id
