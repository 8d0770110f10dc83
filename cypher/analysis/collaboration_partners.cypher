// Running collaborations (idea, starting, active) and their partner groups; on $day
// (nullable: today) only those started by then, with the partners that had joined by then.
// A collaboration ended since has no end date, so it is not counted on an earlier day.
// Param: $area (nullable: only collaborations with a partner active in that area).
// Columns: id, status, partners [{id, role}]
MATCH (c:Collaboration)<-[r:PARTNER_IN]-(g:Group)
WHERE c.status IN ['idea', 'starting', 'active']
  AND ($day IS NULL OR (coalesce(c.started <= date($day), true) AND coalesce(r.since <= date($day), true)))
WITH c, collect({id: g.id, role: r.role}) AS partners
WHERE $area IS NULL
   OR EXISTS { (c)<-[:PARTNER_IN]-(:Group)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) }
RETURN c.id AS id, c.status AS status, partners
ORDER BY id
