// Whether $id is a department (a group of kind ward_department). Columns: id
MATCH (d:Group {id: $id, kind: 'ward_department'})
RETURN d.id AS id
