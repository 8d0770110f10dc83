// Give the background analysis lease back (only the holder can).
MATCH (l:TsunaguMeta {id: 'analysis-lease'})
WHERE l.holder = $holder
SET l.until = null, l.holder = null
