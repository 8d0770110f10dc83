"""Clusters of the network (まとまり): parts of the people-and-groups network more tied within
than between, found by modularity (Louvain, igraph's multilevel method, with a fixed seed so
that the same network gives the same clusters). Each cluster is told by its biggest groups and
the people who tie it to other clusters. Node references and numbers only: names are applied
per request."""
from __future__ import annotations

import random
import threading

import igraph

from .projection import Projection
from .refs import ref

SEED = 20261125
GROUPS_SHOWN = 3
BRIDGES_SHOWN = 5
_LOCK = threading.Lock()  # igraph draws from one process-wide random generator


def communities(projection: Projection, groups_shown: int = GROUPS_SHOWN, bridges_shown: int = BRIDGES_SHOWN) -> dict:
    """{"modularity", "items": [{id, size, people, groups: [ref], bridges: [ref + clusters]}],
    "membership": {node id: cluster id}}; clusters numbered from 1, biggest first; a person
    or group with no tie is in no cluster."""
    vertices = [v for v in projection.people_and_groups if projection.graph.degree(v)]
    if not vertices:
        return {"modularity": 0.0, "items": [], "membership": {}}
    network = projection.graph.induced_subgraph(vertices)
    with _LOCK:
        igraph.set_random_number_generator(random.Random(SEED))
        try:
            found = network.community_multilevel()
        finally:
            igraph.set_random_number_generator(random)
    order = sorted(range(len(found)), key=lambda c: (-len(found[c]), min(projection.ids[vertices[i]] for i in found[c])))
    number = {c: n for n, c in enumerate(order, 1)}
    membership = [number[c] for c in found.membership]
    items = []
    for c in order:
        members = [vertices[i] for i in found[c]]
        groups = sorted((v for v in members if projection.nodes[v]["type"] == "Group"),
                        key=lambda v: (-projection.graph.degree(v), projection.ids[v]))
        reach = {}
        for i in found[c]:
            v = vertices[i]
            if projection.nodes[v]["type"] == "Person":
                others = {membership[j] for j in network.neighbors(i)} - {number[c]}
                if others:
                    reach[v] = len(others)
        bridges = sorted(reach, key=lambda v: (-reach[v], -projection.graph.degree(v), projection.ids[v]))
        items.append({"id": number[c], "size": len(members),
                      "people": sum(projection.nodes[v]["type"] == "Person" for v in members),
                      "groups": [ref("Group", projection.ids[v]) for v in groups[:groups_shown]],
                      "bridges": [ref("Person", projection.ids[v], clusters=reach[v]) for v in bridges[:bridges_shown]]})
    return {"modularity": round(found.modularity, 3), "items": items,
            "membership": {projection.ids[v]: membership[i] for i, v in enumerate(vertices)}}
