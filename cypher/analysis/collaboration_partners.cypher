// Running collaborations (idea, starting, active) and their partner groups.
// Param: $area (nullable: only collaborations with a partner active in that area).
// Columns: id, name, status, partners [{id, role}]
MATCH (c:Collaboration)<-[r:PARTNER_IN]-(g:Group)
WHERE c.status IN ['idea', 'starting', 'active']
WITH c, collect({id: g.id, role: r.role}) AS partners
WHERE $area IS NULL
   OR EXISTS { (c)<-[:PARTNER_IN]-(:Group)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) }
RETURN c.id AS id, c.name AS name, c.status AS status, partners
ORDER BY id
