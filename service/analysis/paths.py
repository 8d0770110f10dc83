"""Who knows whom: up to k shortest introduction paths between two people, or a person and a
group, through KNOWS ties and shared memberships.

Yen's k-shortest-paths (igraph) runs on the part of the network that can hold a path of at
most `bound` hops — the vertices v with d(source, v) + d(v, target) ≤ bound — starting from
the shortest distance and widening until k paths are found or `max_hops` is reached. A path
of length ≤ bound only uses such vertices, so the answer is the same as on the whole network.

Which of several paths of the same length are shown is decided as Cypher decides it: up to
`SEARCHED` shortest paths are found, then the k first by length and by the ids along the path
are kept. So both engines give the same paths whenever the paths no longer than the k-th are at
most ten (beyond that, both choose among equals as their search finds them), and a question
asked while the projection loads (Cypher answers) and again after (igraph) keeps its answer.
"""
from __future__ import annotations

import math

from .projection import Projection
from .steps import describe

LONGEST = 8  # steps: a longer chain of acquaintances is no introduction (and Cypher's bound)
SEARCHED = 10  # paths found before k are kept, as cypher/questions/introduction_paths.cypher does


def shortest(projection: Projection, from_id: str, to_id: str, k: int, max_hops: int) -> list[dict]:
    return [describe(projection, vertices)
            for vertices in shortest_vertices(projection, from_id, to_id, k, max_hops)]


def shortest_vertices(projection: Projection, from_id: str, to_id: str, k: int, max_hops: int) -> list[list[int]]:
    graph = projection.graph
    source, target = projection.index.get(from_id), projection.index.get(to_id)
    if source is None or target is None:
        return []
    if source == target:
        return [[source]]
    from_source = graph.distances(source=source)[0]
    distance = from_source[target]
    if not math.isfinite(distance) or distance > max_hops:
        return []
    to_target = graph.distances(source=target)[0]
    bound = int(distance)
    while True:
        keep = [v for v in range(graph.vcount()) if from_source[v] + to_target[v] <= bound]
        sub = graph.induced_subgraph(keep)  # keeps the order of `keep`
        local = {v: i for i, v in enumerate(keep)}
        found = sub.get_k_shortest_paths(local[source], to=local[target], k=max(k, SEARCHED), mode="all",
                                         output="vpath")
        found = [[keep[i] for i in path] for path in found if len(path) - 1 <= bound]
        if len(found) >= k or bound >= max_hops:
            return sorted(found, key=lambda path: (len(path), path))[:k]  # vertices are in the order of ids
        bound += 1


def first_shortest(graph, from_source: list[float], source: int, target: int) -> list[int]:
    """Of the shortest paths from `source` to `target`, the first by the ids along it (vertices
    are in the order of ids), given the distances from `source` to every vertex: the vertices
    on some shortest path are found back from the target, layer by layer, then the path is
    walked from the source taking the smallest next vertex. Cypher keeps the same path of the
    ten shortest it finds (cypher/questions/candidate_introductions.cypher), so both engines
    show one introduction whenever a pair has at most ten shortest paths.

    >>> import igraph
    >>> square = igraph.Graph([(0, 2), (0, 1), (2, 3), (1, 3)])
    >>> first_shortest(square, square.distances(source=0)[0], 0, 3)
    [0, 1, 3]
    """
    distance = from_source[target]
    if not math.isfinite(distance):
        return []
    on_a_path, layer = {target}, {target}
    for level in range(int(distance), 0, -1):
        layer = {u for v in layer for u in graph.neighbors(v) if from_source[u] == level - 1}
        on_a_path |= layer
    path = [source]
    for level in range(1, int(distance) + 1):
        path.append(min(u for u in graph.neighbors(path[-1]) if u in on_a_path and from_source[u] == level))
    return path
