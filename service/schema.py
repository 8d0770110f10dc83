"""The graph schema: unique ids and the indexes the queries need, from cypher/schema/.

Every statement is `IF NOT EXISTS`, so applying the schema at every start is safe.
"""
from __future__ import annotations

from . import cypher


def apply(graph) -> list[str]:
    """Apply every statement of cypher/schema/ and wait for the indexes to come online."""
    applied = cypher.names("schema")
    for name in applied:
        graph.write(name)
    graph.write("admin/await_indexes")
    return applied
