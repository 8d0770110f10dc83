"""What each map shows, as (nodes, edges) for visualizations/network_map.build: the network
filtered, one node's surroundings, introduction paths, bridging people, collaboration
candidates. Above `max_nodes`, people are folded into their groups (an aggregated map)."""
from __future__ import annotations

import heapq
from collections import Counter
from datetime import date
from itertools import combinations

from .. import clock
from ..analysis.projection import CONFIRMED, SINCE, STRENGTH, TYPE, Projection, fading

NEIGHBOURS_PER_PATH_NODE = 12
NEW_DAYS = 365  # a tie begun within a year of the map's day is drawn as new
MAX_GROUP_LINKS_PER_GROUP = 3  # an aggregated map draws the strongest links only


def vertex_node(projection: Projection, v: int, **extra) -> dict:
    """A map node by id (named for the reader by service/privacy.name_graph)."""
    data = projection.nodes[v]
    node = {"id": data["id"], "type": data["type"], "kind": data["kind"], "sector": data["sector"],
            "intermediary": data["intermediary"], "degree": projection.graph.degree(v)}
    node.update(extra)
    return node


def subgraph(projection: Projection, vertices, highlight_pairs=frozenset(), node_extra=None,
             fade_days: int = 730) -> tuple:
    """Nodes for `vertices` and every tie among them; a tie begun in the year before the map's
    day is `new`, one not confirmed for `fade_days` is `fading`."""
    reference = date.fromisoformat(projection.as_of) if projection.as_of else clock.today()
    chosen = set(vertices)
    node_extra = node_extra or {}
    nodes = [vertex_node(projection, v, **node_extra.get(v, {})) for v in sorted(chosen)]
    edges = []
    for e in projection.graph.es.select(_within=list(chosen)):
        a, b = e.tuple
        attributes = projection.edges[e.index]
        edges.append({"source": projection.ids[a], "target": projection.ids[b], "type": attributes[TYPE],
                      "strength": attributes[STRENGTH],
                      "highlight": (min(a, b), max(a, b)) in highlight_pairs,
                      "age": tie_age(attributes[SINCE], attributes[CONFIRMED], reference, fade_days)})
    return nodes, edges


def tie_age(since: str | None, confirmed: str | None, reference: date, fade_days: int) -> str | None:
    """`new` for a tie begun (`since`) in the year before `reference`, `fading` for one whose
    confidence is below 0.5 (the same rule as min_confidence: not `confirmed` for
    `fade_days`), else None."""
    if since and 0 <= (reference - date.fromisoformat(since)).days <= NEW_DAYS:
        return "new"
    return "fading" if fading(since, confirmed, reference, fade_days) else None


def network(projection: Projection, areas: set | None, sector, theme, kind) -> list[int]:
    """Groups that match every filter given, and their members; everything when none is given."""
    if not any((areas, sector, theme, kind)):
        return projection.people_and_groups
    groups = [v for v in projection.groups if _matches(projection.nodes[v], areas, sector, theme, kind)]
    chosen = set(groups)
    for g in groups:
        chosen.update(u for u in projection.graph.neighbors(g) if projection.nodes[u]["type"] == "Person")
    return sorted(chosen)


def ego(projection: Projection, vertex: int, depth: int) -> list[int]:
    return projection.graph.neighborhood(vertex, order=depth)


def around_paths(projection: Projection, paths: list[list[int]]) -> tuple[list[int], set]:
    """The vertices of the paths plus a few neighbours of each, and the path's ties."""
    chosen, pairs = set(), set()
    for path in paths:
        chosen.update(path)
        pairs.update((min(a, b), max(a, b)) for a, b in zip(path, path[1:]))
    for v in list(chosen):
        chosen.update(projection.graph.neighbors(v)[:NEIGHBOURS_PER_PATH_NODE])
    return sorted(chosen), pairs


def aggregate(projection: Projection, vertices: list[int]) -> tuple[list[dict], list[dict], int]:
    """Groups as nodes, people folded in: a link between two groups counts their shared members
    and the acquaintances between their members. Returns nodes, edges, people folded. At ward
    scale it weighs 380,000 ties: the neighbours and the ties are taken from igraph in one call
    each (not a call per person), and a person in fewer than two groups adds no shared member."""
    graph, nodes_data = projection.graph, projection.nodes
    chosen = set(vertices)
    is_group = [n["type"] == "Group" for n in nodes_data]
    adjacency = graph.get_adjlist()
    groups_of = {v: [u for u in adjacency[v] if is_group[u] and u in chosen]
                 for v in chosen if nodes_data[v]["type"] == "Person"}
    weights: Counter = Counter()
    members: Counter = Counter()
    for groups in groups_of.values():
        members.update(groups)
        if len(groups) > 1:
            weights.update(combinations(sorted(groups), 2))
    ties = projection.edges
    for index, (a, b) in enumerate(graph.get_edgelist()):  # acquaintances between chosen people
        in_a, in_b = groups_of.get(a), groups_of.get(b)
        if not in_a or not in_b or ties[index][TYPE] != "KNOWS":
            continue
        for ga in in_a:
            for gb in in_b:
                if ga != gb:
                    weights[(ga, gb) if ga < gb else (gb, ga)] += 1
    group_vertices = sorted(v for v in chosen if is_group[v])
    nodes = [vertex_node(projection, g, degree=members.get(g, 0)) for g in group_vertices]
    strongest = heapq.nsmallest(MAX_GROUP_LINKS_PER_GROUP * len(nodes), weights.items(),
                                key=lambda item: (-item[1], item[0]))
    edges = [{"source": projection.ids[a], "target": projection.ids[b], "type": "GROUP_LINK", "weight": w}
             for (a, b), w in sorted(strongest)]
    return nodes, edges, len(groups_of)


def _matches(node: dict, areas, sector, theme, kind) -> bool:
    return ((not areas or bool(areas & set(node["areas"] or [])))
            and (not sector or node["sector"] == sector)
            and (not theme or theme in (node.get("themes") or []))
            and (not kind or node["kind"] == kind))
