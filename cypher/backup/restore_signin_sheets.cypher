// Recreate event sign-in sheets from a backup. $rows: [props]
UNWIND $rows AS row
CREATE (sheet:SignInSheet)
SET sheet = row, sheet.closes = date(row.closes), sheet.created = datetime(row.created)
