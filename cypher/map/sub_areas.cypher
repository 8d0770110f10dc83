// An area and every area inside it (地域 → 地区 → 町丁). Columns: id
MATCH (:Area {id: $area})<-[:PART_OF*0..3]-(a:Area)
RETURN DISTINCT a.id AS id
