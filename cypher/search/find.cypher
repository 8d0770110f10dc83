// Nodes whose folded name or kana contains each of $terms (the words of the query, folded; $q
// the longest of them, for the text index), per type in $types, at most $limit per type,
// shortest names first. People are found only when the reader may see their names ($named).
// Columns: type, item (a map for the result list)
CALL (*) {
  MATCH (n:Person) WHERE 'Person' IN $types AND n.search CONTAINS $q AND all(t IN $terms WHERE n.search CONTAINS t)
    AND coalesce(n.visibility, 'internal') IN $named
  WITH n ORDER BY size(n.name), n.name LIMIT $limit
  RETURN 'Person' AS type, {id: n.id, name: n.name, kana: n.kana,
    groups: COLLECT { MATCH (n)-[:MEMBER_OF]->(g:Group) RETURN g.name ORDER BY g.name LIMIT 3 }} AS item
  UNION ALL
  MATCH (n:Group) WHERE 'Group' IN $types AND n.search CONTAINS $q AND all(t IN $terms WHERE n.search CONTAINS t)
  WITH n ORDER BY size(n.name), n.name LIMIT $limit
  RETURN 'Group' AS type, {id: n.id, name: n.name, kana: n.kana, kind: n.kind, sector: n.sector,
    members: COUNT { (n)<-[:MEMBER_OF]-(:Person) }} AS item
  UNION ALL
  MATCH (n:Collaboration) WHERE 'Collaboration' IN $types AND n.search CONTAINS $q AND all(t IN $terms WHERE n.search CONTAINS t)
  WITH n ORDER BY size(n.name), n.name LIMIT $limit
  RETURN 'Collaboration' AS type, {id: n.id, name: n.name, status: n.status,
    started: toString(n.started), partners: COUNT { (n)<-[:PARTNER_IN]-(:Group) }} AS item
  UNION ALL
  MATCH (n:Event) WHERE 'Event' IN $types AND n.search CONTAINS $q AND all(t IN $terms WHERE n.search CONTAINS t)
  WITH n ORDER BY size(n.name), n.name LIMIT $limit
  RETURN 'Event' AS type, {id: n.id, name: n.name, date: toString(n.date), kind: n.kind,
    attendees: COUNT { (n)<-[:ATTENDED]-(:Person) }} AS item
  UNION ALL
  MATCH (n:Capability) WHERE 'Capability' IN $types AND n.search CONTAINS $q AND all(t IN $terms WHERE n.search CONTAINS t)
  WITH n ORDER BY size(n.name), n.name LIMIT $limit
  RETURN 'Capability' AS type, {id: n.id, name: n.name, category: n.category,
    offered_by: COLLECT { MATCH (g:Group)-[:OFFERS]->(n) RETURN {id: g.id, name: g.name} ORDER BY g.name LIMIT 10 },
    needed_by: COLLECT { MATCH (g:Group)-[:NEEDS]->(n) RETURN {id: g.id, name: g.name} ORDER BY g.name LIMIT 10 }} AS item
}
RETURN type, item
