// Export people. Columns: id, name, kana, visibility
MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.kana AS kana, p.visibility AS visibility ORDER BY id
