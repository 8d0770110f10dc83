// People named in an accepted response: new ones are created with the visibility they chose;
// an existing person keeps their name, and a response can only make them *less* visible
// (public → internal → private) when they answered themselves (`consent`): never more. Making
// an existing person more visible is an admin's explicit, logged action (people/set_visibility).
// $rows: [{id, name, kana, visibility, search, consent, source}]
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.kana = row.kana, p.visibility = row.visibility, p.search = row.search,
              p.source = row.source
WITH p, row,
     CASE coalesce(p.visibility, 'internal') WHEN 'public' THEN 0 WHEN 'internal' THEN 1 ELSE 2 END AS now,
     CASE row.visibility WHEN 'public' THEN 0 WHEN 'internal' THEN 1 WHEN 'private' THEN 2 END AS asked
FOREACH (_ IN CASE WHEN row.consent AND asked > now THEN [1] ELSE [] END | SET p.visibility = row.visibility)
