// Searchable nodes without a search key (written before keys existed).
// Columns: element (elementId), name, kana
MATCH (n)
WHERE (n:Person OR n:Group OR n:Collaboration OR n:Event OR n:Capability) AND n.search IS NULL
RETURN elementId(n) AS element, n.name AS name, n.kana AS kana
