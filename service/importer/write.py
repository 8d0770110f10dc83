"""Write checked rows to Neo4j: every file as one UNWIND statement, all in ONE transaction.

A failure anywhere (a bad row the checks missed, the database going away) rolls the whole
import back, so the graph is never half-updated.
"""
from __future__ import annotations

from typing import Callable, Iterable

from neo4j import Driver, ManagedTransaction

from .. import cypher

BATCH_SIZE = 5000


def write(driver: Driver, database: str, batches: Iterable[tuple[str, list[dict]]],
          progress: Callable[[str, int], None] = lambda _stem, _n: None) -> dict[str, int]:
    """Write (statement name, rows) pairs in order inside one write transaction; counts per file."""
    batches = list(batches)

    def work(tx: ManagedTransaction) -> dict[str, int]:
        counts: dict[str, int] = {}
        for statement, rows in batches:
            text = cypher.load(f"import/{statement}")
            for start in range(0, len(rows), BATCH_SIZE):
                chunk = rows[start:start + BATCH_SIZE]
                tx.run(text, rows=chunk).consume()
                progress(statement, len(chunk))
            counts[statement] = len(rows)
        return counts

    with driver.session(database=database) as session:
        return session.execute_write(work)
