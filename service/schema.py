"""The graph schema: unique ids and the indexes the queries need, from cypher/schema/.

Every statement is `IF NOT EXISTS`, so applying the schema at every start is safe.
"""
from __future__ import annotations

from neo4j import Driver

from . import cypher


def apply(driver: Driver, database: str) -> list[str]:
    """Apply every statement of cypher/schema/ and wait for the indexes to come online."""
    applied = cypher.names("schema")
    with driver.session(database=database) as session:
        for name in applied:
            session.run(cypher.load(name)).consume()
        session.run(cypher.load("admin/await_indexes")).consume()
    return applied
