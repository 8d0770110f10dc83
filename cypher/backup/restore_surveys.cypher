// Recreate surveys from a backup. $rows: [props]
UNWIND $rows AS row
CREATE (s:Survey)
SET s = row, s.deadline = date(row.deadline), s.created = datetime(row.created)
