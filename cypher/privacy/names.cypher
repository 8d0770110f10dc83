// Names of the nodes an answer refers to, for service/privacy.py: a person's name leaves the
// query only when their visibility is in $named (the reader's level). Each branch looks its
// ids up in the label's unique-id index. The id lists come in one map: Neo4j plans a statement
// anew for each size class (1, up to 10, up to 100, …) of each list parameter, and seven lists
// made hundreds of plans of 0.2–0.5 s each; a map is planned once.
// Params: $named, $ids (people, groups, collaborations, events, capabilities, areas, themes: id lists)
// One row: rows, a list of [type, id, name, sector, kind, intermediary, status, date] (a row
// per node is far slower to receive)
CALL () {
  MATCH (n:Person) WHERE n.id IN $ids.people
  RETURN 'Person' AS type, n.id AS id,
         CASE WHEN coalesce(n.visibility, 'internal') IN $named THEN n.name END AS name,
         null AS sector, null AS kind, false AS intermediary, null AS status, null AS date
  UNION
  MATCH (n:Group) WHERE n.id IN $ids.groups
  RETURN 'Group' AS type, n.id AS id, n.name AS name, n.sector AS sector, n.kind AS kind,
         n:Intermediary AS intermediary, null AS status, null AS date
  UNION
  MATCH (n:Collaboration) WHERE n.id IN $ids.collaborations
  RETURN 'Collaboration' AS type, n.id AS id, n.name AS name, null AS sector, null AS kind,
         false AS intermediary, n.status AS status, toString(n.started) AS date
  UNION
  MATCH (n:Event) WHERE n.id IN $ids.events
  RETURN 'Event' AS type, n.id AS id, n.name AS name, null AS sector, n.kind AS kind,
         false AS intermediary, null AS status, toString(n.date) AS date
  UNION
  MATCH (n:Capability) WHERE n.id IN $ids.capabilities
  RETURN 'Capability' AS type, n.id AS id, n.name AS name, null AS sector, n.category AS kind,
         false AS intermediary, null AS status, null AS date
  UNION
  MATCH (n:Area) WHERE n.id IN $ids.areas
  RETURN 'Area' AS type, n.id AS id, n.name AS name, null AS sector, n.level AS kind,
         false AS intermediary, null AS status, null AS date
  UNION
  MATCH (n:Theme) WHERE n.id IN $ids.themes
  RETURN 'Theme' AS type, n.id AS id, n.name AS name, null AS sector, null AS kind,
         false AS intermediary, null AS status, null AS date
}
RETURN collect([type, id, name, sector, kind, intermediary, status, date]) AS rows
