// Searchable nodes whose search key is to be written: those without one (written before keys
// existed), or $every one when the keys were folded another way. Params: $every
// Columns: element (elementId), name, kana
MATCH (n)
WHERE (n:Person OR n:Group OR n:Collaboration OR n:Event OR n:Capability) AND ($every OR n.search IS NULL)
RETURN elementId(n) AS element, n.name AS name, n.kana AS kana
