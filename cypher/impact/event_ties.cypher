// An event and the KNOWS ties that began in the year before it and in the year after it,
// each marked by whether both people attended. Param: $event.
// Columns: event (map), attendees (count), people (count of all people), ties [{since, both}]
MATCH (e:Event {id: $event})
WITH e, COLLECT { MATCH (p:Person)-[:ATTENDED]->(e) RETURN p.id } AS attendees
RETURN {id: e.id, name: e.name, date: toString(e.date), kind: e.kind} AS event,
       size(attendees) AS attendees,
       COUNT { MATCH (p:Person) } AS people,
       COLLECT { MATCH (a:Person)-[k:KNOWS]->(b:Person)
                 WHERE k.since >= e.date - duration({days: 365}) AND k.since <= e.date + duration({days: 365})
                 RETURN {after: k.since >= e.date, both: a.id IN attendees AND b.id IN attendees,
                         neither: NOT a.id IN attendees AND NOT b.id IN attendees} } AS ties,
       COLLECT { MATCH (g:Group)-[r:PARTNER_IN]->(:Collaboration)
                 WHERE r.since >= e.date - duration({days: 365}) AND r.since <= e.date + duration({days: 365})
                   AND EXISTS { (g)<-[:MEMBER_OF]-(p:Person) WHERE p.id IN attendees }
                 RETURN {after: r.since >= e.date} } AS partnerships
