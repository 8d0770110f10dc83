"""A path through the people–group network, as an answer holds it: node references and the
ties between them, in order (names are applied when the answer is shown)."""
from __future__ import annotations

from .projection import CONTEXT, ROLE, STRENGTH, TYPE, Projection
from .refs import ref


def describe(projection: Projection, vertices: list[int]) -> dict:
    """The path through `vertices` of the projection."""
    ties = [projection.edges[projection.graph.get_eid(a, b)] for a, b in zip(vertices, vertices[1:])]
    return {"hops": len(vertices) - 1, "nodes": [node(projection, v) for v in vertices],
            "ties": [_tie(t[TYPE], t[STRENGTH], t[CONTEXT], t[ROLE]) for t in ties]}


def from_rows(nodes: list[list[str]], ties: list[list]) -> dict:
    """The same path from plain lists — nodes as [type, id], ties as [type, strength, context,
    role] — as Cypher returns them (cypher/questions/introduction_paths.cypher)."""
    return {"hops": len(nodes) - 1, "nodes": [ref(type_, id_) for type_, id_ in nodes],
            "ties": [_tie(*tie) for tie in ties]}


def node(projection: Projection, vertex: int, **extra) -> dict:
    return ref(projection.nodes[vertex]["type"], projection.ids[vertex], **extra)


# ---------------------------------------------------------------------------------------
def _tie(type_: str, strength, context, role) -> dict:
    """A tie as a path shows it: how well two people know each other and where they met, or
    the role of a member."""
    if type_ == "KNOWS":
        return {"type": type_, "strength": strength, "context": context or None}
    return {"type": type_, "role": role or None}
