"""What changed in the network between two dates (GET /api/changes?from=&to=): ties that
appeared (since) or ended (until), collaborations started, groups that joined, and new ties
between 地縁 and 区民活動 groups. People appear as the reader may see them."""
from __future__ import annotations

from . import db, privacy


def between(start: str, end: str) -> dict:
    ties = [{**row, "a": _end(row["a"]), "b": _end(row["b"])}
            for row in db.read("changes/ties", **{"from": start, "to": end})]
    return {
        "from": start, "to": end,
        "ties_appeared": [t for t in ties if t["change"] == "appeared"],
        "ties_disappeared": [t for t in ties if t["change"] == "disappeared"],
        "collaborations_started": db.read("changes/collaborations", **{"from": start, "to": end}),
        "groups_joined": db.read("changes/groups_joined", **{"from": start, "to": end}),
        "chien_civic_gained": db.read("changes/chien_civic", **{"from": start, "to": end}),
    }


def _end(node: dict) -> dict:
    if node["type"] == "Person":
        return privacy.person(node["id"], node["name"], node["visibility"], type="Person")
    return {"id": node["id"], "name": node["name"], "type": node["type"], "sector": node["sector"]}
