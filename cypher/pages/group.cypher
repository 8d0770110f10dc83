// Everything the group page shows about one group. Param: $id.
// Columns: group (map), areas, themes, members, needs, offers, collaborations, relations,
// events, supported_by
MATCH (g:Group {id: $id})
RETURN {id: g.id, name: g.name, kana: g.kana, kind: g.kind, sector: g.sector,
        intermediary: g:Intermediary} AS group,
  COLLECT { MATCH (g)-[:ACTIVE_IN]->(a:Area) RETURN {id: a.id, name: a.name} ORDER BY a.name } AS areas,
  COLLECT { MATCH (g)-[:WORKS_ON]->(t:Theme) RETURN {id: t.id, name: t.name} ORDER BY t.name } AS themes,
  COLLECT { MATCH (p:Person)-[m:MEMBER_OF]->(g)
            RETURN {id: p.id, name: p.name, visibility: p.visibility, role: m.role,
                    since: toString(m.since), until: toString(m.until)}
            ORDER BY CASE m.role WHEN '会長' THEN 0 WHEN '役員' THEN 1 WHEN '担当職員' THEN 2 ELSE 3 END, p.kana, p.id } AS members,
  COLLECT { MATCH (g)-[r:NEEDS]->(c:Capability)
            RETURN {id: c.id, name: c.name, priority: r.priority, note: r.note} ORDER BY r.priority, c.name } AS needs,
  COLLECT { MATCH (g)-[r:OFFERS]->(c:Capability)
            RETURN {id: c.id, name: c.name, priority: r.priority, note: r.note} ORDER BY r.priority, c.name } AS offers,
  COLLECT { MATCH (g)-[r:PARTNER_IN]->(c:Collaboration)
            RETURN {id: c.id, name: c.name, status: c.status, started: toString(c.started), role: r.role}
            ORDER BY c.started DESC } AS collaborations,
  COLLECT { MATCH (g)-[r:RELATION]-(o:Group)
            RETURN {id: o.id, name: o.name, kind: r.kind, since: toString(r.since), note: r.note}
            ORDER BY r.since DESC } AS relations,
  COLLECT { MATCH (g)-[:ORGANIZED]->(e:Event)
            RETURN {id: e.id, name: e.name, date: toString(e.date), kind: e.kind, role: 'organizer'} AS item
            UNION
            MATCH (g)<-[:MEMBER_OF]-(:Person)-[:ATTENDED]->(e:Event)
            WHERE NOT (g)-[:ORGANIZED]->(e)
            RETURN DISTINCT {id: e.id, name: e.name, date: toString(e.date), kind: e.kind, role: 'attended'} AS item } AS events,
  COLLECT { MATCH (d:Group)-[s:SUPPORTS]->(g)
            RETURN {id: d.id, name: d.name, program: s.program, since: toString(s.since), via: null} AS item
            UNION
            MATCH (d:Group)-[s:SUPPORTS]->(c:Collaboration)<-[:PARTNER_IN]-(g)
            RETURN {id: d.id, name: d.name, program: s.program, since: toString(s.since),
                    via: {id: c.id, name: c.name}} AS item } AS supported_by
