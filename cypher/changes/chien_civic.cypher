// Pairs of a 地縁 (chien) and a 区民活動 (civic) group that came to work together on or after $from
// and on or before $to: the later of their two PARTNER_IN in one collaboration, or a
// cooperation relation. Columns: chien, civic, via, day
CALL () {
  MATCH (a:Group {sector: 'chien'})-[ra:PARTNER_IN]->(c:Collaboration)<-[rb:PARTNER_IN]-(b:Group {sector: 'civic'})
  WITH a, b, c, CASE WHEN ra.since > rb.since THEN ra.since ELSE rb.since END AS day
  WHERE day >= date($from) AND day <= date($to)
  RETURN a, b, c.name AS via, day
  UNION
  MATCH (a:Group {sector: 'chien'})-[r:RELATION {kind: 'cooperation'}]-(b:Group {sector: 'civic'})
  WHERE r.since >= date($from) AND r.since <= date($to)
  RETURN a, b, 'cooperation' AS via, r.since AS day
}
RETURN {id: a.id, name: a.name} AS chien, {id: b.id, name: b.name} AS civic, via, toString(day) AS day
ORDER BY day, chien.id, civic.id
