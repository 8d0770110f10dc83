// A deleted person named in where ties came from (a survey answer's `source` names who
// answered): the name is replaced by $redacted. Params: $name, $redacted. Columns: forgotten
MATCH ()-[r]->()
WHERE r.source CONTAINS $name
SET r.source = replace(r.source, $name, $redacted)
RETURN count(r) AS forgotten
