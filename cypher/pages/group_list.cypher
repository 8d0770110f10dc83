// The ward's groups, or those active in $area (or an area inside it), of $sector, of $kind,
// working on $theme; each filter is skipped when null. Members are the current ones (no end
// day, or one still to come); collaborations those not ended.
// Columns: id, kana, areas, themes, needs, offers (ids), members, collaborations
MATCH (g:Group)
WHERE ($area IS NULL OR EXISTS { (g)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) })
  AND ($sector IS NULL OR g.sector = $sector)
  AND ($kind IS NULL OR g.kind = $kind)
  AND ($theme IS NULL OR EXISTS { (g)-[:WORKS_ON]->(:Theme {id: $theme}) })
RETURN g.id AS id, g.kana AS kana,
       [(g)-[:ACTIVE_IN]->(a:Area) | a.id] AS areas,
       [(g)-[:WORKS_ON]->(t:Theme) | t.id] AS themes,
       [(g)-[:NEEDS]->(c:Capability) | c.id] AS needs,
       [(g)-[:OFFERS]->(c:Capability) | c.id] AS offers,
       COUNT { (:Person)-[m:MEMBER_OF]->(g) WHERE m.until IS NULL OR m.until >= date() } AS members,
       COUNT { (g)-[:PARTNER_IN]->(c:Collaboration) WHERE c.status IN ['idea', 'starting', 'active'] } AS collaborations
