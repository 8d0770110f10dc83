// Groups with no cooperation or conflict history and no shared collaboration with another
// group on $day (nullable: today, where a tie not yet begun counts, as in the projection);
// whether their members tie them to another group is decided on the projection
// (service/analysis/gaps.isolated). Param: $area (nullable). Columns: id, areas (ids)
WITH coalesce(date($day), date()) AS day, $day IS NOT NULL AS dated
MATCH (g:Group)
WHERE ($area IS NULL OR EXISTS { (g)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) })
  AND NOT EXISTS { MATCH (g)-[r:RELATION]-(:Group)
                   WHERE coalesce(r.until >= day, true) AND NOT (dated AND coalesce(r.since > day, false)) }
  AND NOT EXISTS { MATCH (g)-[r:PARTNER_IN]->(:Collaboration)<-[s:PARTNER_IN]-(o:Group)
                   WHERE o <> g AND NOT (dated AND (coalesce(r.since > day, false) OR coalesce(s.since > day, false))) }
RETURN g.id AS id, COLLECT { MATCH (g)-[:ACTIVE_IN]->(a:Area) RETURN a.id ORDER BY a.id } AS areas
ORDER BY id
