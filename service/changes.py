"""What changed in the network between two dates (GET /api/changes?from=&to=): ties that
appeared (since) or ended (until), collaborations started, groups that joined, new ties
between 地縁 and 区民活動 groups, and introductions recorded or moved along. People appear as
the reader may see them."""
from __future__ import annotations

from .analysis.refs import ref


def between(graph, start: str, end: str) -> dict:
    """Ties as references (named for the reader when shown)."""
    ties = [{**row, "a": _end(row["a"]), "b": _end(row["b"])}
            for row in graph.read("changes/ties", **{"from": start, "to": end})]
    return {
        "from": start, "to": end,
        "ties_appeared": [t for t in ties if t["change"] == "appeared"],
        "ties_disappeared": [t for t in ties if t["change"] == "disappeared"],
        "collaborations_started": graph.read("changes/collaborations", **{"from": start, "to": end}),
        "groups_joined": graph.read("changes/groups_joined", **{"from": start, "to": end}),
        "chien_civic_gained": graph.read("changes/chien_civic", **{"from": start, "to": end}),
        "introductions": [{**row, "via": row["via"] and ref("Person", row["via"])}
                          for row in graph.read("changes/introductions", **{"from": start, "to": end})],
    }


def _end(node: dict) -> dict:
    return ref(node["type"], node["id"])
