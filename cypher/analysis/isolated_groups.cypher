// Groups with no tie to any other group: no cooperation or conflict history, no shared
// collaboration, no member shared with another group, no member who knows a member of
// another group. Only ties that hold on $day count (nullable: today, where a tie not yet
// begun counts, as in the projection); a missing since or until means "always".
// Param: $area (nullable). Columns: id, name, kind, sector, members, areas
WITH coalesce(date($day), date()) AS day, $day IS NOT NULL AS dated
MATCH (g:Group)
WHERE ($area IS NULL OR EXISTS { (g)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) })
  AND NOT EXISTS { MATCH (g)-[r:RELATION]-(:Group)
                   WHERE coalesce(r.until >= day, true) AND NOT (dated AND coalesce(r.since > day, false)) }
  AND NOT EXISTS { MATCH (g)-[r:PARTNER_IN]->(:Collaboration)<-[s:PARTNER_IN]-(o:Group)
                   WHERE o <> g AND all(t IN [r, s] WHERE NOT (dated AND coalesce(t.since > day, false))) }
  AND NOT EXISTS { MATCH (g)<-[r:MEMBER_OF]-(:Person)-[s:MEMBER_OF]->(o:Group)
                   WHERE o <> g AND all(t IN [r, s] WHERE coalesce(t.until >= day, true)
                                                      AND NOT (dated AND coalesce(t.since > day, false))) }
  AND NOT EXISTS { MATCH (g)<-[r:MEMBER_OF]-(:Person)-[k:KNOWS]-(:Person)-[s:MEMBER_OF]->(o:Group)
                   WHERE o <> g AND all(t IN [r, k, s] WHERE coalesce(t.until >= day, true)
                                                         AND NOT (dated AND coalesce(t.since > day, false))) }
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.sector AS sector,
       COUNT { MATCH (g)<-[r:MEMBER_OF]-(:Person)
               WHERE coalesce(r.until >= day, true) AND NOT (dated AND coalesce(r.since > day, false)) } AS members,
       COLLECT { MATCH (g)-[:ACTIVE_IN]->(a:Area) RETURN a.name ORDER BY a.name } AS areas
ORDER BY id
