// An admin sets how a person's name may be shown (public, internal, private), and marks the
// change on the graph's meta node: answers tagged by version (service/etags.py) change with it.
// Params: $id, $visibility. Columns: before (the visibility it had), after
MATCH (p:Person {id: $id})
WITH p, coalesce(p.visibility, 'internal') AS before
SET p.visibility = $visibility
MERGE (m:TsunaguMeta {id: 'graph'})
SET m.shown = randomUUID()
RETURN before, p.visibility AS after
