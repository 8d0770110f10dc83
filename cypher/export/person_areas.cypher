// Export where people live. Columns: person_id, area_id
MATCH (p:Person)-[:LIVES_IN]->(a:Area) RETURN p.id AS person_id, a.id AS area_id ORDER BY person_id, area_id
