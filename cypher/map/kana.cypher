// The readings (kana) of the people and groups a map names, so that the map's own search
// finds 「たなか」 as the site's search does; only for nodes the reader sees named.
// Params: $ids. One row: ids, kana (lists in the same order: one row of lists is far
// quicker to receive than a row per node)
MATCH (n:Person|Group)
WHERE n.id IN $ids AND n.kana IS NOT NULL
RETURN collect(n.id) AS ids, collect(n.kana) AS kana
