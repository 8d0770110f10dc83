// The nodes of $label (from the template's fixed list of labels, never from user text) named one
// of $names, or whose search key begins with one of $keys (the names folded by service/search.py:
// 「高橋誠」 finds 「髙橋　誠」; areas and themes have no key and are found by their name), for a
// reference written by name. A person is found only if the reader may see them named
// ($named: visibilities), so that a name never tells of someone hidden.
// Columns: name, id
MATCH (n:$($label))
WHERE (n.name IN $names OR split(coalesce(n.search, ''), '\n')[0] IN $keys)
  AND (NOT n:Person OR n.visibility IN $named)
RETURN n.name AS name, n.id AS id
