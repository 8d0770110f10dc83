// Everything the person page shows about one person. Param: $id.
// Columns: person, bridging (the bridging_* properties as [name, value] pairs, as
//          analysis/bridging_list's measures), areas, groups, knows, events
MATCH (p:Person {id: $id})
RETURN {id: p.id, name: p.name, kana: p.kana, visibility: coalesce(p.visibility, 'internal')} AS person,
  [k IN keys(p) WHERE k STARTS WITH 'bridging_' | [k, p[k]]] AS bridging,
  COLLECT { MATCH (p)-[:LIVES_IN]->(a:Area) RETURN {id: a.id, name: a.name} ORDER BY a.name } AS areas,
  COLLECT { MATCH (p)-[m:MEMBER_OF]->(g:Group)
            RETURN {id: g.id, name: g.name, kind: g.kind, sector: g.sector, role: m.role,
                    since: toString(m.since), until: toString(m.until)} ORDER BY g.name } AS groups,
  COLLECT { MATCH (p)-[k:KNOWS]-(o:Person)
            RETURN {id: o.id, name: o.name, visibility: o.visibility, strength: k.strength,
                    context: k.context, since: toString(k.since),
                    groups: COLLECT { MATCH (o)-[:MEMBER_OF]->(og:Group) RETURN og.name ORDER BY og.name LIMIT 3 }}
            ORDER BY k.strength DESC, o.kana, o.id } AS knows,
  COLLECT { MATCH (p)-[:ATTENDED]->(e:Event)
            RETURN {id: e.id, name: e.name, date: toString(e.date), kind: e.kind} ORDER BY e.date DESC } AS events
