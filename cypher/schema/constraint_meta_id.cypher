// One TsunaguMeta node per id (graph version, stored measures, the analysis lease).
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:TsunaguMeta) REQUIRE m.id IS UNIQUE
