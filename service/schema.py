"""The graph schema: unique ids and the indexes the queries need, from cypher/schema/.

Every statement is `IF NOT EXISTS`, so applying the schema at every start is safe — also when
several processes start at once (gunicorn's workers on a new database): `IF NOT EXISTS` does
not cover an index another process is creating at the same moment, which Neo4j reports as an
equivalent one already existing; that is what was wanted, so it is passed over. Any other
"already exists" is tried once more: a no-op if another process made the same, and the error
itself if the database holds something else under that name.
"""
from __future__ import annotations

from neo4j.exceptions import ClientError

from . import cypher

MADE_BY_ANOTHER = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"
MAYBE_BY_ANOTHER = {"Neo.ClientError.Schema.IndexAlreadyExists", "Neo.ClientError.Schema.ConstraintAlreadyExists"}


def apply(graph) -> list[str]:
    """Apply every statement of cypher/schema/ and wait for the indexes to come online."""
    applied = cypher.names("schema")
    for name in applied:
        try:
            graph.write(name)
        except ClientError as err:
            if err.code in MAYBE_BY_ANOTHER:
                graph.write(name)
            elif err.code != MADE_BY_ANOTHER:
                raise
    graph.write("admin/await_indexes")
    return applied
