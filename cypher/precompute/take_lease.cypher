// Take the lease on the background analysis for $seconds when nobody holds it (or it ran
// out, or $holder holds it already): only one process computes at a time. Setting `probe`
// first takes the node's write lock, so the holder is read after any other taker committed.
// Columns: holder (a row only when $holder now holds the lease)
MERGE (l:TsunaguMeta {id: 'analysis-lease'})
SET l.probe = timestamp()
WITH l
WHERE l.until IS NULL OR l.until < datetime() OR l.holder = $holder
SET l.holder = $holder, l.until = datetime() + duration({seconds: $seconds})
RETURN l.holder AS holder
