"""The network as igraph graphs, built from plain data.

Vertices are people, groups and events (ids and what the algorithms use: type, sector, kind,
areas, themes — never names). `graph` is the people–group network through which people are
introduced: KNOWS (person–person) and MEMBER_OF (person–group), read as undirected, that hold
today (no `until` in the past). `held` keeps every tie of the view, the further evidence of
who can reach whom included — ATTENDED (person–event), PARTNER and COOPERATION (group–group) —
for service/analysis/brokerage.py. `at(day)` gives the network as it was on
another day (ties whose since/until include it), and can leave out ties whose confidence is
below `min_confidence` (see `confidence`). A graph with only KNOWS, or only memberships,
works the same.

Nothing here reads a database: `Projection.from_ties(nodes, ties)` takes plain dicts and
tuples (service/projections.py reads them from Neo4j), so the algorithms are tested on small
named graphs in memory.

>>> p = Projection.from_ties([{"id": "p1", "type": "Person"}, {"id": "g1", "type": "Group"}],
...                          [("p1", "g1", {"type": "MEMBER_OF"})])
>>> p.graph.vcount(), p.graph.ecount(), p.groups
(2, 1, [0])
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from math import isclose
from typing import Iterable

import igraph

from .. import clock
from .answers import AnswerCache

NODE_FIELDS = ("sector", "kind", "intermediary", "areas", "themes")
INTRODUCING = ("KNOWS", "MEMBER_OF")  # the ties people are introduced through
TIE_FIELDS = ("type", "strength", "role", "context", "since", "until", "confirmed")
# A tie is a tuple of these, in this order, and its texts (types, roles, contexts, days) are
# shared among the ties that repeat them: at ward scale a dict per tie took three times the
# memory of every process holding the projection, and four times the time to read a snapshot.
TYPE, STRENGTH, ROLE, CONTEXT, SINCE, UNTIL, CONFIRMED = range(len(TIE_FIELDS))


@dataclass
class Projection:
    graph: igraph.Graph
    ids: list[str]
    index: dict[str, int]
    nodes: list[dict]          # per vertex: id, type, sector, kind, intermediary, areas, themes
    edges: list[tuple]         # per edge of `graph`: its tie (TIE_FIELDS: type, strength, …)
    version: str
    ties: list[tuple] = field(default_factory=list, repr=False)  # every tie: (a, b, attributes)
    held: list[tuple] = field(default_factory=list, repr=False)  # the ties of this view, every type
    as_of: str | None = None
    min_confidence: float | None = None
    _past: AnswerCache = field(default_factory=lambda: AnswerCache(size=8), repr=False)

    @classmethod
    def from_ties(cls, nodes: Iterable[dict], ties: Iterable[tuple[str, str, dict]],
                  version: str = "") -> "Projection":
        """The network of `nodes` ({"id", "type": "Person"|"Group"|"Event", optional sector,
        kind, intermediary, areas, themes}) and `ties` ((id, id, {"type": "KNOWS"|"MEMBER_OF"|
        "ATTENDED"|"PARTNER"|"COOPERATION", optional strength, role, context, since, until,
        confirmed as ISO dates})), as today."""
        plain = sorted(({"id": n["id"], "type": n["type"], **{k: n.get(k) for k in NODE_FIELDS}}
                        for n in nodes), key=lambda n: n["id"])
        for node in plain:
            node["areas"] = list(node["areas"] or [])
            node["themes"] = list(node["themes"] or [])
            node["intermediary"] = bool(node["intermediary"])
        index = {n["id"]: i for i, n in enumerate(plain)}
        indexed, texts = [], {}
        for a, b, tie in ties:
            i, j = index.get(a), index.get(b)
            if i is not None and j is not None and i != j:
                indexed.append((i, j, tuple(texts.setdefault(v, v) if isinstance(v, str) else v
                                            for v in map(tie.get, TIE_FIELDS))))
        return _build(plain, indexed, version, None)

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

    @property
    def places(self) -> list[int]:
        """Groups and events: the places between which people broker."""
        return [i for i, n in enumerate(self.nodes) if n["type"] in ("Group", "Event")]

    @property
    def people_and_groups(self) -> list[int]:
        return [i for i, n in enumerate(self.nodes) if n["type"] in ("Person", "Group")]

    def kind_of(self, vertex: int) -> str:
        return self.nodes[vertex]["type"]


def confidence(since: str | None, confirmed: str | None, reference: date, fade_days: int) -> float:
    """How sure we still are on `reference` that a tie begun on `since` and last confirmed on
    `confirmed` holds: 1 when it was confirmed (or, never confirmed, began) that day, halving
    every `fade_days` without confirmation. So a tie drawn as fading (not confirmed for
    `fade_days`) has a confidence below 0.5. A tie with neither date counts as 1: nothing
    says it went stale.

    >>> confidence(None, "2024-01-01", date(2026, 1, 1), 731)
    0.5
    """
    seen = confirmed or since
    if not seen:
        return 1.0
    age = max((reference - date.fromisoformat(seen)).days, 0)
    return 0.5 ** (age / max(fade_days, 1))


def fading(since: str | None, confirmed: str | None, reference: date, fade_days: int) -> bool:
    """Drawn as fading: less sure than 0.5, i.e. not confirmed for more than `fade_days`."""
    return _below(confidence(since, confirmed, reference, fade_days), 0.5)


def seen_after(day: str | None, min_confidence: float, fade_days: int) -> str:
    """The earliest confirmation (or start) day a tie may have to be at least `min_confidence`
    sure on `day`: what Cypher compares with, instead of computing confidences."""
    from datetime import timedelta
    from math import floor, log2
    reference = date.fromisoformat(day) if day else clock.today()
    days = floor(fade_days * log2(1 / min_confidence) + 1e-9) if min_confidence > 0 else 10 ** 5
    return (reference - timedelta(days=min(days, 10 ** 5))).isoformat()


# ---------------------------------------------------------------------------------------
def _build(nodes: list[dict], ties: list[tuple], stamp: str, day: str | None,
           min_confidence: float | None = None, fade_days: int = 730) -> Projection:
    """The graph of the ties that hold on `day` (None: today, where a tie not yet begun
    counts, as it always has) with at least `min_confidence`."""
    today = day or clock.today().isoformat()
    reference = date.fromisoformat(today)
    pairs, attributes, held, seen = [], [], [], set()
    for a, b, tie in ties:
        if tie[UNTIL] and tie[UNTIL] < today:
            continue
        if day is not None and tie[SINCE] and tie[SINCE] > day:
            continue
        if min_confidence and _below(confidence(tie[SINCE], tie[CONFIRMED], reference, fade_days), min_confidence):
            continue
        key = (min(a, b), max(a, b), tie[TYPE] in INTRODUCING)
        if key in seen:  # KNOWS read as undirected: one tie per pair
            continue
        seen.add(key)
        held.append((key[0], key[1], tie))
        if tie[TYPE] in INTRODUCING:
            pairs.append(key[:2])
            attributes.append(tie)
    graph = igraph.Graph(n=len(nodes), edges=pairs, directed=False)
    index = {n["id"]: i for i, n in enumerate(nodes)}
    return Projection(graph, [n["id"] for n in nodes], index, nodes, attributes, stamp, ties, held, day,
                      min_confidence)


def _below(value: float, threshold: float) -> bool:
    """value < threshold, where a tie exactly at the threshold (up to rounding) is kept."""
    return value < threshold and not isclose(value, threshold, rel_tol=1e-9)
