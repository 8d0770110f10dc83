"""The people–group network as an igraph graph, read with Cypher and cached per graph version.

Vertices are people and groups; edges are KNOWS (person–person) and MEMBER_OF (person–group),
undirected, that hold today: no `until` in the past. `at(day)` gives the network as it was on
another day (ties whose since/until include it), for the `as_of` parameter of every question,
and can leave out ties whose confidence is below `min_confidence` (see `confidence`).
A graph with only KNOWS, or only memberships, works the same.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from math import isclose

import igraph
from neo4j import Driver, RoutingControl

from .. import cypher
from .answers import AnswerCache


@dataclass
class Projection:
    graph: igraph.Graph
    ids: list[str]
    index: dict[str, int]
    nodes: list[dict]          # per vertex: id, type, name, visibility, sector, kind, areas
    edges: list[dict]          # per edge: type, strength, role, context, since, until, confirmed
    version: tuple
    ties: list[tuple] = field(default_factory=list, repr=False)  # every tie: (a, b, attributes)
    as_of: str | None = None
    min_confidence: float | None = None
    _past: AnswerCache = field(default_factory=lambda: AnswerCache(size=8), repr=False)

    def at(self, day: str | None, min_confidence: float | None = None, fade_days: int = 730) -> "Projection":
        """The network on `day` (ISO date): the ties whose since/until include it, and whose
        confidence on that day is at least `min_confidence`. Kept for the last few asked."""
        if day is None and not min_confidence:
            return self
        return self._past.get((day, min_confidence or None, fade_days),
                              lambda: _build(self.nodes, self.ties, self.version, day,
                                             min_confidence or None, fade_days))

    @property
    def view(self) -> tuple:
        """Which network this is (day, min_confidence): part of the key of answers kept."""
        return (self.as_of, self.min_confidence)

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
    ties = []
    for edge in edges:
        a, b = index.get(edge["source"]), index.get(edge["target"])
        if a is not None and b is not None and a != b:
            ties.append((a, b, {k: edge[k] for k in ("type", "strength", "role", "context", "since", "until",
                                                "confirmed")}))
    return _build(nodes, ties, stamp or version(driver, database), None)


def confidence(tie: dict, reference: date, fade_days: int) -> float:
    """How sure we still are that a tie holds on `reference`: 1 when it was confirmed (or
    began) that day, halving every `fade_days` without confirmation. So a tie drawn as
    fading (not confirmed for `fade_days`) has a confidence below 0.5. A tie with neither
    date counts as 1: nothing says it went stale."""
    seen = tie.get("confirmed") or tie.get("since")
    if not seen:
        return 1.0
    age = max((reference - date.fromisoformat(seen)).days, 0)
    return 0.5 ** (age / max(fade_days, 1))


def fading(tie: dict, reference: date, fade_days: int) -> bool:
    """Drawn as fading: less sure than 0.5, i.e. not confirmed for more than `fade_days`."""
    return _below(confidence(tie, reference, fade_days), 0.5)


def _build(nodes: list[dict], ties: list[tuple], stamp: tuple, day: str | None,
           min_confidence: float | None = None, fade_days: int = 730) -> Projection:
    """The graph of the ties that hold on `day` (None: today, where a tie not yet begun
    counts, as it always has) with at least `min_confidence`."""
    today = day or date.today().isoformat()
    reference = date.fromisoformat(today)
    pairs, attributes, seen = [], [], set()
    for a, b, tie in ties:
        if tie["until"] and tie["until"] < today:
            continue
        if day is not None and tie["since"] and tie["since"] > day:
            continue
        if min_confidence and _below(confidence(tie, reference, fade_days), min_confidence):
            continue
        key = (min(a, b), max(a, b))
        if key in seen:  # KNOWS read as undirected: one edge per pair
            continue
        seen.add(key)
        pairs.append(key)
        attributes.append(tie)
    graph = igraph.Graph(n=len(nodes), edges=pairs, directed=False)
    index = {n["id"]: i for i, n in enumerate(nodes)}
    return Projection(graph, [n["id"] for n in nodes], index, nodes, attributes, stamp, ties, day, min_confidence)


def _below(value: float, threshold: float) -> bool:
    """value < threshold, where a tie exactly at the threshold (up to rounding) is kept."""
    return value < threshold and not isclose(value, threshold, rel_tol=1e-9)


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
