// 空白地域: areas (of $level: 地域, 地区 or 町丁) where no group working on the theme $theme is
// active, in the area or inside it; with what there is to build on: how many groups of any
// theme are active there, and the groups of the theme in the wider area around it (its
// parent). Params: $theme (id), $level, $within (nullable: the whole ward; else only areas
// in it, or it). Columns: area, parent, groups_there, nearby (ids)
MATCH (a:Area {level: $level})
WHERE ($within IS NULL OR EXISTS { (a)-[:PART_OF*0..3]->(:Area {id: $within}) })
  AND NOT EXISTS {
  MATCH (a)<-[:PART_OF*0..3]-(:Area)<-[:ACTIVE_IN]-(:Group)-[:WORKS_ON]->(:Theme {id: $theme})
}
OPTIONAL MATCH (a)-[:PART_OF]->(parent:Area)
RETURN a.id AS area, parent.id AS parent,
       COUNT { MATCH (a)<-[:PART_OF*0..3]-(:Area)<-[:ACTIVE_IN]-(g:Group) RETURN DISTINCT g } AS groups_there,
       COLLECT { MATCH (parent)<-[:PART_OF*0..3]-(:Area)<-[:ACTIVE_IN]-(g:Group)-[:WORKS_ON]->(:Theme {id: $theme})
                 RETURN DISTINCT g.id ORDER BY g.id LIMIT 5 } AS nearby
ORDER BY groups_there DESC, area
