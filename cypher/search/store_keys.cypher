// Store search keys computed by service/search.py. $rows: [{element, search}]
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.element
SET n.search = row.search
