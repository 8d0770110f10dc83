"""Where the network has gaps: complementary groups in the same area that are far apart or not
connected at all, groups with no tie to any other group, and collaborations that hang on a
single intermediary or a single person."""
from __future__ import annotations

import math
from typing import Callable

import igraph

from .betweenness import Between
from .projection import Projection
from .refs import ref
from .steps import node


Measure = Callable[[dict[int, list[int]]], dict[tuple[int, int], float]]


def far_pairs(projection: Projection, rows: list[dict], long_hops: int, measure: Measure | None = None) -> list[dict]:
    """Complementary pairs (rows of complementary_pairs.cypher) with no path or ≥ long_hops.

    Most pairs are near, and proving it needs no full search: two vertices are fewer than
    `long_hops` apart exactly when the ball of radius ⌈(long_hops−1)/2⌉ around one meets the
    ball of radius ⌊(long_hops−1)/2⌋ around the other (a shortest path has a middle vertex
    within those radii). The balls of groups are small, so only the far pairs cost a
    breadth-first search for their exact distance: by igraph, or by `measure` ({group: the
    groups to measure to} → {(group, other): steps}; the analysis passes `Distances`).
    """
    graph = projection.graph
    pairs = [(projection.index.get(r["needing_id"]), projection.index.get(r["offering_id"]), r) for r in rows]
    near_radius, far_radius = long_hops // 2, (long_hops - 1) // 2
    needing = sorted({a for a, b, _ in pairs if a is not None and b is not None})
    offering = sorted({b for a, b, _ in pairs if a is not None and b is not None})
    balls_a = dict(zip(needing, map(set, graph.neighborhood(needing, order=near_radius))))
    balls_b = dict(zip(offering, map(set, graph.neighborhood(offering, order=far_radius))))
    far = [(a, b, row) for a, b, row in pairs
           if a is None or b is None or balls_a[a].isdisjoint(balls_b[b])]
    targets: dict[int, set[int]] = {}
    for a, b, _ in far:
        if a is not None and b is not None:
            targets.setdefault(a, set()).add(b)
    exact = (measure or (lambda asked: _measured(graph, asked)))({a: sorted(bs) for a, bs in sorted(targets.items())})
    result = []
    for a, b, row in far:
        hops = exact.get((a, b), math.inf)
        result.append({
            "needing": ref("Group", row["needing_id"]), "offering": ref("Group", row["offering_id"]),
            "capability": ref("Capability", row["capability_id"]),
            "areas": [ref("Area", a) for a in row["areas"]], "hops": int(hops) if math.isfinite(hops) else None,
            "connected": math.isfinite(hops),
            "partners_in": [ref("Collaboration", c) for c in row.get("partners_in") or []],
            "conflict": bool(row.get("conflict")),
        })
    result.sort(key=lambda r: (r["connected"], -(r["hops"] or 0), r["needing"]["ref"], r["offering"]["ref"]))
    return result


def _measured(graph: igraph.Graph, asked: dict[int, list[int]]) -> dict[tuple[int, int], float]:
    """The steps from each group to the groups asked (igraph: to these only, not to 50,000 vertices)."""
    return {(a, b): hops for a, bs in asked.items() for b, hops in zip(bs, graph.distances(source=a, target=bs)[0])}


class Distances:
    """The `measure` of `far_pairs` when one network is asked many times (the gaps of the ward,
    then of each of its areas, after an import): each pair measured once (either way round),
    by the compiled breadth-first searches of service/analysis/searches.py on `threads`
    (Between.distances). At ward scale the ward's 427 searches took 4.4 s by igraph, and the
    areas' 4.9 s more for pairs the ward's had measured. A question (another day, another
    distance) measures with igraph: the compiled searches load numba."""

    def __init__(self, graph: igraph.Graph, threads: int = 1):
        self._between = Between(graph, None, threads)
        self._known: dict[tuple[int, int], float] = {}

    def __call__(self, asked: dict[int, list[int]]) -> dict[tuple[int, int], float]:
        missing = [(a, [b for b in bs if _pair(a, b) not in self._known]) for a, bs in asked.items()]
        missing = [(a, bs) for a, bs in missing if bs]
        found = self._between.map(lambda item: self._between.distances([item[0]], item[1])[0], missing)
        for (a, bs), hops in zip(missing, found):
            self._known.update(zip((_pair(a, b) for b in bs), hops))
        return {(a, b): self._known[_pair(a, b)] for a, bs in asked.items() for b in bs}


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)  # steps are the same either way round


def isolated(projection: Projection, rows: list[dict]) -> list[dict]:
    """Of the groups with no relation or shared collaboration (rows of unrelated_groups.cypher:
    id, areas), those with no member who belongs to another group or knows a member of
    another group, on the projection's day; each with its number of members that day."""
    graph, nodes = projection.graph, projection.nodes
    result = []
    for row in rows:
        v = projection.index.get(row["id"])
        members = [u for u in graph.neighbors(v) if nodes[u]["type"] == "Person"] if v is not None else []
        if not any(_reaches_another_group(projection, v, person) for person in members):
            result.append(ref("Group", row["id"], areas=[ref("Area", a) for a in row["areas"]],
                              members=len(members)))
    return result


def _reaches_another_group(projection: Projection, group: int, person: int) -> bool:
    """The member belongs to another group, or knows someone who does."""
    graph, nodes = projection.graph, projection.nodes
    for u in graph.neighbors(person):
        if u == group:
            continue
        if nodes[u]["type"] == "Group":
            return True
        if any(w != group and nodes[w]["type"] == "Group" for w in graph.neighbors(u)):
            return True
    return False


def fragile_collaborations(projection: Projection, collaborations: list[dict]) -> list[dict]:
    """Collaborations whose partner groups are held together by one intermediary or one person
    (a cut vertex of the partners, their members and the ties among those members), or not at all."""
    graph = projection.graph
    result = []
    for collaboration in collaborations:
        partners = [projection.index[p["id"]] for p in collaboration["partners"] if p["id"] in projection.index]
        if len(partners) < 2:
            continue
        members = {u for g in partners for u in graph.neighbors(g)
                   if projection.nodes[u]["type"] == "Person"}
        vertices = sorted(set(partners) | members)
        sub = graph.induced_subgraph(vertices)
        local = {v: i for i, v in enumerate(vertices)}
        partner_local = [local[g] for g in partners]
        if not _together(sub, partner_local):
            membership = sub.connected_components().membership
            parts: dict[int, list] = {}
            for g, i in zip(partners, partner_local):
                parts.setdefault(membership[i], []).append(node(projection, g))
            result.append({"collaboration": _collaboration(collaboration), "depends_on": [],
                           "disconnected": True, "unconnected_parts": list(parts.values())})
            continue
        holders = []
        for cut in sub.cut_vertices():
            remaining = [i for i in partner_local if i != cut]
            if len(remaining) >= 2 and not _together(sub, remaining, removed=cut):
                holders.append(node(projection, vertices[cut]))
        if holders:
            result.append({"collaboration": _collaboration(collaboration), "depends_on": holders,
                           "disconnected": False})
    return result


def _together(graph, vertices: list[int], removed: int | None = None) -> bool:
    if removed is not None:
        keep = [v for v in range(graph.vcount()) if v != removed]
        mapping = {v: i for i, v in enumerate(keep)}
        graph = graph.induced_subgraph(keep)
        vertices = [mapping[v] for v in vertices]
    membership = graph.connected_components().membership
    return len({membership[v] for v in vertices}) == 1


def _collaboration(row: dict) -> dict:
    return ref("Collaboration", row["id"], partners=[p["id"] for p in row["partners"]])
