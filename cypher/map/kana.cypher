// The readings (kana) of the people and groups a map names, so that the map's own search
// finds 「たなか」 as the site's search does; only for nodes the reader sees named.
// Params: $ids. Columns: id, kana
MATCH (n:Person|Group)
WHERE n.id IN $ids AND n.kana IS NOT NULL
RETURN n.id AS id, n.kana AS kana
