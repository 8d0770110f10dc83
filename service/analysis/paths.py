"""Who knows whom: up to k shortest introduction paths between two people, or a person and a
group, through KNOWS ties and shared memberships (igraph's k-shortest-paths, Yen's algorithm)."""
from __future__ import annotations

from .projection import Projection
from .steps import describe


def shortest(projection: Projection, from_id: str, to_id: str, k: int, max_hops: int) -> list[dict]:
    source, target = projection.index.get(from_id), projection.index.get(to_id)
    if source is None or target is None:
        return []
    if source == target:
        return [describe(projection, [source])]
    found = projection.graph.get_k_shortest_paths(source, to=target, k=k, mode="all", output="vpath")
    return [describe(projection, vertices) for vertices in found if 0 < len(vertices) - 1 <= max_hops]
