// Recreate :EmbedToken nodes from a backup (`created` back to a datetime). $rows: [props]
UNWIND $rows AS row
CREATE (n:EmbedToken)
SET n = row, n.created = CASE WHEN row.created IS NULL THEN null ELSE datetime(row.created) END
