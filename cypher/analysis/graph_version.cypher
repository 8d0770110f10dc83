// The graph's version stamp and the size of the network (from the count store): a cache key
// for projections and precomputed scores. Only the network's own labels and types count, so
// audit entries, sign-in counters, introductions, surveys and responses never make the
// network look changed. Columns: version, nodes, ties
OPTIONAL MATCH (m:TsunaguMeta {id: 'graph'})
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Group) RETURN count(n) AS groups }
CALL () { MATCH (n:Collaboration) RETURN count(n) AS collaborations }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Area) RETURN count(n) AS areas }
CALL () { MATCH (n:Capability) RETURN count(n) AS capabilities }
CALL () { MATCH (n:Theme) RETURN count(n) AS themes }
CALL () { MATCH ()-[r:KNOWS]->() RETURN count(r) AS knows }
CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
CALL () { MATCH ()-[r:PARTNER_IN]->() RETURN count(r) AS partners }
CALL () { MATCH ()-[r:RELATION]->() RETURN count(r) AS relations }
CALL () { MATCH ()-[r:NEEDS]->() RETURN count(r) AS needs }
CALL () { MATCH ()-[r:OFFERS]->() RETURN count(r) AS offers }
CALL () { MATCH ()-[r:ATTENDED]->() RETURN count(r) AS attended }
CALL () { MATCH ()-[r:ACTIVE_IN]->() RETURN count(r) AS active_in }
RETURN m.version AS version,
       people + groups + collaborations + events + areas + capabilities + themes AS nodes,
       knows + memberships + partners + relations + needs + offers + attended + active_in AS ties
