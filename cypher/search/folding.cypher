// The folding (service/search.py FOLDING) the stored search keys were written with, if any.
// Columns: folding
MATCH (m:TsunaguMeta {id: 'search'})
RETURN m.folding AS folding
