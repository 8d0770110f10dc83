"""The people–group network as an igraph graph, read with Cypher and cached per graph version.

Vertices are people and groups; edges are KNOWS (person–person) and current MEMBER_OF
(person–group), undirected. A graph with only KNOWS, or only memberships, works the same.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass

import igraph
from neo4j import Driver, RoutingControl

from .. import cypher


@dataclass
class Projection:
    graph: igraph.Graph
    ids: list[str]
    index: dict[str, int]
    nodes: list[dict]          # per vertex: id, type, name, visibility, sector, kind, areas
    edges: list[dict]          # per edge: type, strength, role, context
    version: tuple

    @property
    def people(self) -> list[int]:
        return [i for i, n in enumerate(self.nodes) if n["type"] == "Person"]

    @property
    def groups(self) -> list[int]:
        return [i for i, n in enumerate(self.nodes) if n["type"] == "Group"]


def version(driver: Driver, database: str) -> tuple:
    records, _, _ = driver.execute_query(cypher.load("analysis/graph_version"),
                                         routing_=RoutingControl.READ, database_=database)
    row = records[0]
    return (row["version"], row["nodes"], row["ties"])


def load(driver: Driver, database: str, stamp: tuple | None = None) -> Projection:
    """Read the projection from Neo4j in one read transaction."""
    def work(tx):
        nodes = _rows(tx.run(cypher.load("analysis/projection_nodes")).single().data())
        edges = _rows(tx.run(cypher.load("analysis/projection_edges")).single().data())
        return nodes, edges

    with driver.session(database=database, default_access_mode="READ") as session:
        nodes, edges = session.execute_read(work)
    nodes.sort(key=lambda n: n["id"])
    index = {n["id"]: i for i, n in enumerate(nodes)}
    pairs, attributes, seen = [], [], set()
    for edge in edges:
        a, b = index.get(edge["source"]), index.get(edge["target"])
        if a is None or b is None or a == b:
            continue
        key = (min(a, b), max(a, b))
        if key in seen:  # KNOWS read as undirected: one edge per pair
            continue
        seen.add(key)
        pairs.append(key)
        attributes.append({k: edge[k] for k in ("type", "strength", "role", "context")})
    graph = igraph.Graph(n=len(nodes), edges=pairs, directed=False)
    return Projection(graph, [n["id"] for n in nodes], index, nodes, attributes,
                      stamp or version(driver, database))


def _rows(columns: dict) -> list[dict]:
    """Parallel lists (one Cypher row, far faster to receive than a row per item) → dicts;
    the '' and 0 that stood in for null become None again."""
    keys = list(columns)
    return [{k: (None if v in ("", 0) and not isinstance(v, bool) else v) for k, v in zip(keys, row)}
            for row in zip(*columns.values())]


class ProjectionCache:
    """One projection per process, reloaded when the graph's version or size changes."""

    def __init__(self):
        self._lock = threading.Lock()
        self._projection: Projection | None = None

    def get(self, driver: Driver, database: str) -> Projection:
        stamp = version(driver, database)
        with self._lock:
            if self._projection is None or self._projection.version != stamp:
                self._projection = load(driver, database, stamp)
            return self._projection
