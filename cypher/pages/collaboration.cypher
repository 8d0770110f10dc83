// Everything the collaboration page shows. Param: $id.
// Columns: collaboration (map), partners, themes, supported_by, contacts
MATCH (c:Collaboration {id: $id})
RETURN {id: c.id, name: c.name, status: c.status, started: toString(c.started)} AS collaboration,
  COLLECT { MATCH (g:Group)-[r:PARTNER_IN]->(c)
            RETURN {id: g.id, name: g.name, kind: g.kind, sector: g.sector, role: r.role,
                    since: toString(r.since), intermediary: g:Intermediary}
            ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'coordinator' THEN 1 WHEN 'partner' THEN 2 ELSE 3 END, g.name } AS partners,
  COLLECT { MATCH (c)-[:ADDRESSES]->(t:Theme) RETURN {id: t.id, name: t.name} ORDER BY t.name } AS themes,
  COLLECT { MATCH (d:Group)-[s:SUPPORTS]->(c)
            RETURN {id: d.id, name: d.name, program: s.program, since: toString(s.since)} ORDER BY d.name } AS supported_by,
  COLLECT { MATCH (g:Group)-[r:PARTNER_IN]->(c), (p:Person)-[m:MEMBER_OF]->(g)
            WHERE r.role IN ['lead', 'coordinator'] AND m.role IN ['会長', '役員', '担当職員', 'スタッフ']
            RETURN {id: p.id, name: p.name, visibility: p.visibility, role: m.role,
                    group: {id: g.id, name: g.name}, partner_role: r.role}
            ORDER BY r.role, g.name, p.kana LIMIT 30 } AS contacts
