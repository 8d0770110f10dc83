// Recreate staged and reviewed responses from a backup. $rows: [props]
UNWIND $rows AS row
CREATE (r:Response)
SET r = row, r.submitted = datetime(row.submitted), r.reviewed = datetime(row.reviewed)
