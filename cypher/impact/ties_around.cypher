// The KNOWS ties begun from $before to $end (inclusive), each marked as after $pivot or not,
// and whether both, or neither, of the two people are among $attendees; and the partnerships
// (PARTNER_IN) the attendees' groups began in the same window.
// Columns: people (count of all people), ties [{after, both, neither}], partnerships [{after}]
WITH date($before) AS before, date($pivot) AS pivot, date($end) AS end
RETURN COUNT { MATCH (p:Person) } AS people,
       COLLECT { MATCH (a:Person)-[k:KNOWS]->(b:Person)
                 WHERE k.since >= before AND k.since <= end
                 RETURN {after: k.since >= pivot, both: a.id IN $attendees AND b.id IN $attendees,
                         neither: NOT a.id IN $attendees AND NOT b.id IN $attendees} } AS ties,
       COLLECT { MATCH (g:Group)-[r:PARTNER_IN]->(:Collaboration)
                 WHERE r.since >= before AND r.since <= end
                   AND EXISTS { (g)<-[:MEMBER_OF]-(p:Person) WHERE p.id IN $attendees }
                 RETURN {after: r.since >= pivot} } AS partnerships
