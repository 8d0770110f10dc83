"""A path through the people–group network, as an answer shows it: nodes and ties in order,
private people as anonymous steps."""
from __future__ import annotations

from .. import privacy
from .projection import Projection


def describe(projection: Projection, vertices: list[int]) -> dict:
    nodes = [node(projection, v) for v in vertices]
    ties = []
    for a, b in zip(vertices, vertices[1:]):
        edge = projection.edges[projection.graph.get_eid(a, b)]
        tie = {"type": edge["type"]}
        if edge["type"] == "KNOWS":
            tie.update(strength=edge["strength"], context=edge["context"])
        else:
            tie.update(role=edge["role"])
        ties.append(tie)
    return {"hops": len(vertices) - 1, "nodes": nodes, "ties": ties}


def node(projection: Projection, vertex: int) -> dict:
    data = projection.nodes[vertex]
    if data["type"] == "Person":
        return privacy.person(data["id"], data["name"], data["visibility"], type="Person")
    return {"type": "Group", "id": data["id"], "name": data["name"], "label": data["name"],
            "sector": data["sector"], "kind": data["kind"], "anonymous": False}
