// Node counts per label and relationship counts per type, from Neo4j's count store.
// Columns: nodes (map label → count), relationships (map type → count)
CALL () { MATCH (n:Person) RETURN count(n) AS person }
CALL () { MATCH (n:Group) RETURN count(n) AS grp }
CALL () { MATCH (n:Intermediary) RETURN count(n) AS intermediary }
CALL () { MATCH (n:Collaboration) RETURN count(n) AS collaboration }
CALL () { MATCH (n:Event) RETURN count(n) AS event }
CALL () { MATCH (n:Area) RETURN count(n) AS area }
CALL () { MATCH (n:Capability) RETURN count(n) AS capability }
CALL () { MATCH (n:Theme) RETURN count(n) AS theme }
CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS member_of }
CALL () { MATCH ()-[r:KNOWS]->() RETURN count(r) AS knows }
CALL () { MATCH ()-[r:PARTNER_IN]->() RETURN count(r) AS partner_in }
CALL () { MATCH ()-[r:NEEDS]->() RETURN count(r) AS needs }
CALL () { MATCH ()-[r:OFFERS]->() RETURN count(r) AS offers }
CALL () { MATCH ()-[r:RELATION]->() RETURN count(r) AS relation }
CALL () { MATCH ()-[r:ACTIVE_IN]->() RETURN count(r) AS active_in }
CALL () { MATCH ()-[r:LIVES_IN]->() RETURN count(r) AS lives_in }
CALL () { MATCH ()-[r:WORKS_ON]->() RETURN count(r) AS works_on }
CALL () { MATCH ()-[r:ADDRESSES]->() RETURN count(r) AS addresses }
CALL () { MATCH ()-[r:ATTENDED]->() RETURN count(r) AS attended }
CALL () { MATCH ()-[r:ORGANIZED]->() RETURN count(r) AS organized }
CALL () { MATCH ()-[r:SUPPORTS]->() RETURN count(r) AS supports }
CALL () { MATCH ()-[r:PART_OF]->() RETURN count(r) AS part_of }
RETURN {Person: person, Group: grp, Intermediary: intermediary, Collaboration: collaboration,
        Event: event, Area: area, Capability: capability, Theme: theme} AS nodes,
       {MEMBER_OF: member_of, KNOWS: knows, PARTNER_IN: partner_in, NEEDS: needs, OFFERS: offers,
        RELATION: relation, ACTIVE_IN: active_in, LIVES_IN: lives_in, WORKS_ON: works_on,
        ADDRESSES: addresses, ATTENDED: attended, ORGANIZED: organized, SUPPORTS: supports,
        PART_OF: part_of} AS relationships
