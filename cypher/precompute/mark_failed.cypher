// An analysis of graph version $version failed (its error is in the log of the process that
// ran it, not here: an error may quote the data). Pages showing the previous measures say so
// instead of promising new ones (service/precompute.status `failed`), until an analysis of
// this version succeeds or the network changes again.
// Columns: none
MERGE (m:TsunaguMeta {id: 'bridging'})
SET m.failed_version = $version, m.failed_at = datetime()
