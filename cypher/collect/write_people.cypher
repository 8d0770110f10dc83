// People named in an accepted response: new ones are created; an existing person keeps their
// name, and takes the visibility they consented to when `consent` is true.
// $rows: [{id, name, kana, visibility, search, consent, source}]
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.kana = row.kana, p.visibility = row.visibility, p.search = row.search,
              p.source = row.source
FOREACH (_ IN CASE WHEN row.consent THEN [1] ELSE [] END | SET p.visibility = row.visibility)
