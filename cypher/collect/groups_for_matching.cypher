// Every group's name and kana, to find the likely duplicates of a group a respondent added.
// Columns: id, name, kana, sector
MATCH (g:Group)
RETURN g.id AS id, g.name AS name, g.kana AS kana, g.sector AS sector
