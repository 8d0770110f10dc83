"""A path through the people–group network, as an answer holds it: node references and the
ties between them, in order (names are applied when the answer is shown)."""
from __future__ import annotations

from .projection import Projection
from .refs import ref


def describe(projection: Projection, vertices: list[int]) -> dict:
    ties = []
    for a, b in zip(vertices, vertices[1:]):
        edge = projection.edges[projection.graph.get_eid(a, b)]
        tie = {"type": edge["type"]}
        if edge["type"] == "KNOWS":
            tie.update(strength=edge["strength"], context=edge["context"])
        else:
            tie.update(role=edge["role"])
        ties.append(tie)
    return {"hops": len(vertices) - 1, "nodes": [node(projection, v) for v in vertices], "ties": ties}


def node(projection: Projection, vertex: int, **extra) -> dict:
    return ref(projection.nodes[vertex]["type"], projection.ids[vertex], **extra)
