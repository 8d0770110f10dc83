// 地域の顔役, the local part (no global computation): the people who are the only link between
// two groups. Two groups are linked by a person who belongs to both, or by two members who
// know each other; a person is the only link of a pair when every such link goes through
// them (all shared members and all acquaintances between the two groups are that person, or
// that person and one other), and the two groups do not already cooperate or work in one
// collaboration. Today's ties: memberships and acquaintances that have not ended.
// The groups looked at are those active in $area (or inside it), working on $theme, or, with
// $person, that person's own groups; the pairs are those with at least one such group.
// Params: $area, $theme, $person (ids or null), $limit
// Columns: person, pairs (how many pairs they alone link), first_pairs (of which 地縁 ↔ 区民活動),
//          linked ([group id, group id, sector, sector] per pair, 地縁 ↔ 区民活動 first),
//          groups ([id, sector] of their own groups), through ([id, sector] of the groups
//          they reach through one acquaintance, not their own)
MATCH (a:Group)
WHERE CASE WHEN $person IS NOT NULL
           THEN EXISTS { (:Person {id: $person})-[m:MEMBER_OF]->(a) WHERE coalesce(m.until >= date(), true) }
           ELSE ($area IS NULL OR EXISTS { (a)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) })
                AND ($theme IS NULL OR EXISTS { (a)-[:WORKS_ON]->(:Theme {id: $theme}) }) END
CALL (a) {
  MATCH (a)<-[m1:MEMBER_OF]-(s:Person)-[m2:MEMBER_OF]->(b:Group)
  WHERE coalesce(m1.until >= date(), true) AND coalesce(m2.until >= date(), true)
  RETURN b, [s] AS via
  UNION ALL
  MATCH (a)<-[m1:MEMBER_OF]-(x:Person)-[k:KNOWS]-(y:Person)-[m2:MEMBER_OF]->(b:Group)
  WHERE b <> a AND coalesce(m1.until >= date(), true) AND coalesce(m2.until >= date(), true)
    AND coalesce(k.until >= date(), true)
    AND NOT EXISTS { (a)<-[m:MEMBER_OF]-(y) WHERE coalesce(m.until >= date(), true) }
    AND NOT EXISTS { (b)<-[m:MEMBER_OF]-(x) WHERE coalesce(m.until >= date(), true) }
  RETURN b, [x, y] AS via
}
WITH a, b, collect(via) AS links
WHERE NOT EXISTS { (a)-[:RELATION {kind: 'cooperation'}]-(b) }
  AND NOT EXISTS { (a)-[:PARTNER_IN]->(:Collaboration)<-[:PARTNER_IN]-(b) }
WITH a, b, reduce(common = head(links), via IN tail(links) | [n IN common WHERE n IN via]) AS only
UNWIND only AS person
WITH DISTINCT person, CASE WHEN a.id < b.id THEN [a, b] ELSE [b, a] END AS pair
WHERE $person IS NULL OR person.id = $person
WITH person, pair, [s IN [pair[0].sector, pair[1].sector] | coalesce(s, '')] AS sectors
WITH person, pair, CASE WHEN sectors[0] <= sectors[1] THEN sectors ELSE [sectors[1], sectors[0]] END AS sectors
WITH person, pair, sectors, sectors = ['chien', 'civic'] AS first
ORDER BY first DESC, pair[0].id, pair[1].id
WITH person, count(*) AS pairs, sum(CASE WHEN first THEN 1 ELSE 0 END) AS first_pairs,
     collect([pair[0].id, pair[1].id, sectors[0], sectors[1]]) AS linked
ORDER BY first_pairs DESC, pairs DESC, person.id
LIMIT $limit
RETURN person.id AS person, pairs, first_pairs, linked,
       COLLECT { MATCH (person)-[m:MEMBER_OF]->(g:Group) WHERE coalesce(m.until >= date(), true)
                 RETURN DISTINCT [g.id, coalesce(g.sector, '')] } AS groups,
       COLLECT { MATCH (person)-[k:KNOWS]-(:Person)-[m:MEMBER_OF]->(g:Group)
                 WHERE coalesce(k.until >= date(), true) AND coalesce(m.until >= date(), true)
                   AND NOT EXISTS { (person)-[own:MEMBER_OF]->(g) WHERE coalesce(own.until >= date(), true) }
                 RETURN DISTINCT [g.id, coalesce(g.sector, '')] } AS through
