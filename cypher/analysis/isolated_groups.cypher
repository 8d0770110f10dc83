// Groups with no tie to any other group: no cooperation or conflict history, no shared
// collaboration, no member shared with another group, no member who knows a member of
// another group. Param: $area (nullable). Columns: id, name, kind, sector, members, areas
MATCH (g:Group)
WHERE ($area IS NULL OR EXISTS { (g)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) })
  AND NOT EXISTS { (g)-[:RELATION]-(:Group) }
  AND NOT EXISTS { MATCH (g)-[:PARTNER_IN]->(:Collaboration)<-[:PARTNER_IN]-(o:Group) WHERE o <> g }
  AND NOT EXISTS { MATCH (g)<-[:MEMBER_OF]-(:Person)-[:MEMBER_OF]->(o:Group) WHERE o <> g }
  AND NOT EXISTS { MATCH (g)<-[:MEMBER_OF]-(:Person)-[:KNOWS]-(:Person)-[:MEMBER_OF]->(o:Group) WHERE o <> g }
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.sector AS sector,
       COUNT { (g)<-[:MEMBER_OF]-(:Person) } AS members,
       COLLECT { MATCH (g)-[:ACTIVE_IN]->(a:Area) RETURN a.name ORDER BY a.name } AS areas
ORDER BY id
