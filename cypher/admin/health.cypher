// Which Neo4j answers: name, version and edition (health check).
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
