// Everything the event page shows. Param: $id.
// Columns: event (map), organizers, attendees, attendee_groups, ties_made
MATCH (e:Event {id: $id})
RETURN {id: e.id, name: e.name, date: toString(e.date), kind: e.kind} AS event,
  COLLECT { MATCH (g:Group)-[:ORGANIZED]->(e)
            RETURN {id: g.id, name: g.name, kind: g.kind, sector: g.sector} ORDER BY g.name } AS organizers,
  COLLECT { MATCH (p:Person)-[:ATTENDED]->(e)
            RETURN {id: p.id, name: p.name, visibility: p.visibility,
                    groups: COLLECT { MATCH (p)-[:MEMBER_OF]->(g:Group) RETURN g.name ORDER BY g.name LIMIT 3 }}
            ORDER BY p.kana, p.id } AS attendees,
  COLLECT { MATCH (p:Person)-[:ATTENDED]->(e), (p)-[:MEMBER_OF]->(g:Group)
            WITH g, count(DISTINCT p) AS people
            RETURN {id: g.id, name: g.name, sector: g.sector, people: people} ORDER BY people DESC, g.name } AS attendee_groups,
  COUNT { MATCH (a:Person)-[:ATTENDED]->(e)<-[:ATTENDED]-(b:Person), (a)-[k:KNOWS]->(b)
          WHERE k.since = e.date } AS ties_made
