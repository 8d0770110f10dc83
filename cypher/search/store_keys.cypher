// Store search keys computed by service/search.py, and the folding they were computed with.
// Params: $rows: [{element, search}], $folding
CALL {
  UNWIND $rows AS row
  MATCH (n) WHERE elementId(n) = row.element
  SET n.search = row.search
}
MERGE (m:TsunaguMeta {id: 'search'})
SET m.folding = $folding
