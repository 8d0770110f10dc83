// Every area, for choosing one (地域 before 地区 before 町丁). Columns: id, name, level
MATCH (a:Area)
RETURN a.id AS id, a.name AS name, a.level AS level
ORDER BY CASE a.level WHEN '地域' THEN 0 WHEN '地区' THEN 1 ELSE 2 END, a.name
