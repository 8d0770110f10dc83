// Headline figures of the dashboard.
// Columns: groups_by_sector [{sector, groups}], people, collaborations_active,
//          collaborations_running (not ended, with a partner: the impact page's 続いている協働),
//          chien_civic_ties (pairs of a 地縁 and a 区民活動 group working together: partners in
//          one collaboration or a cooperation history), newest_collaborations [{..., partners}]
CALL () {
  MATCH (g:Group)
  WITH g.sector AS sector, count(*) AS groups ORDER BY groups DESC
  RETURN collect({sector: sector, groups: groups}) AS groups_by_sector
}
CALL () { MATCH (p:Person) RETURN count(p) AS people }
CALL () { MATCH (c:Collaboration {status: 'active'}) RETURN count(c) AS collaborations_active }
CALL () { MATCH (c:Collaboration) WHERE c.status IN ['idea', 'starting', 'active'] AND EXISTS { (c)<-[:PARTNER_IN]-(:Group) }
          RETURN count(c) AS collaborations_running }
CALL () {
  CALL () {
    MATCH (a:Group {sector: 'chien'})-[:PARTNER_IN]->(:Collaboration)<-[:PARTNER_IN]-(b:Group {sector: 'civic'})
    RETURN a.id AS chien, b.id AS civic
    UNION
    MATCH (a:Group {sector: 'chien'})-[:RELATION {kind: 'cooperation'}]-(b:Group {sector: 'civic'})
    RETURN a.id AS chien, b.id AS civic
  }
  RETURN count(*) AS chien_civic_ties
}
CALL () {
  MATCH (c:Collaboration)
  WITH c ORDER BY c.started DESC, c.name LIMIT 5
  RETURN collect({id: c.id, name: c.name, status: c.status, started: toString(c.started),
                  partners: COLLECT { MATCH (g:Group)-[:PARTNER_IN]->(c) RETURN {id: g.id, name: g.name, sector: g.sector} ORDER BY g.name }}) AS newest_collaborations
}
RETURN groups_by_sector, people, collaborations_active, collaborations_running, chien_civic_ties,
       newest_collaborations
