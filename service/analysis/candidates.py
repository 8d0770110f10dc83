"""課題 × 強み: the groups that offer what a group needs, ranked, each with the introduction path.

score = 40 × 2 / hops (hops between the two groups in the people–group network: 2 means a
        shared member, 3 that members know each other; 0 when there is no path)
      + 20 when they are active in the same area (or the same 地域)
      + 10 per shared theme, at most 20
      + 20 for past cooperation, − 30 for past conflict
      + 10 / 5 when the offer is their first / second priority
Groups that are already partners in a collaboration are marked, not hidden.
"""
from __future__ import annotations

import math

from .projection import Projection
from .refs import ref
from .steps import describe, node

POINTS = {"distance": 40, "same_area": 20, "theme": 10, "themes_max": 20, "cooperation": 20,
          "conflict": -30, "offer_priority": {1: 10, 2: 5}}


def rank(projection: Projection, group_id: str, rows: list[dict], limit: int) -> list[dict]:
    """Rows of cypher/analysis/candidates.cypher → ranked candidates with introductions
    (groups, needs and people as references)."""
    source = projection.index.get(group_id)
    distances = projection.graph.distances(source=source)[0] if source is not None else []
    items = []
    for row in rows:
        target = projection.index.get(row["candidate_id"])
        hops = distances[target] if target is not None and source is not None else math.inf
        score, reasons = _score(row, hops)
        items.append({
            "group": ref("Group", row["candidate_id"]),
            "capability": ref("Capability", row["need_id"], declared_need=row["declared"],
                              need_priority=row["need_priority"], offer_note=row["offer_note"]),
            "score": score, "reasons": reasons,
            "already_partners": bool(row["partners_in"]), "partners_in": row["partners_in"],
            "_hops": hops, "_target": target,
        })
    items.sort(key=lambda i: (-i["score"], i["_hops"], i["group"]["ref"], i["capability"]["ref"]))
    items = items[:limit]
    for item in items:
        item["introduction"] = _introduction(projection, source, item.pop("_target"), item.pop("_hops"))
    return items


def _score(row: dict, hops: float) -> tuple[float, list[dict]]:
    """The points and the reasons (codes and what they rest on; service/wording.py puts them
    into words)."""
    reasons = []
    if math.isfinite(hops) and hops > 0:
        points = POINTS["distance"] * min(1.0, 2 / hops)
        reasons.append({"code": "reachable", "hops": int(hops), "points": round(points, 1)})
    else:
        reasons.append({"code": "no_path", "points": 0})
    if row["shared_areas"]:
        reasons.append({"code": "same_area", "areas": row["shared_areas"], "points": POINTS["same_area"]})
    if row["shared_themes"]:
        points = min(POINTS["theme"] * len(row["shared_themes"]), POINTS["themes_max"])
        reasons.append({"code": "shared_theme", "themes": row["shared_themes"], "points": points})
    if row["cooperation"]:
        reasons.append({"code": "past_cooperation", "points": POINTS["cooperation"]})
    if row["conflict"]:
        reasons.append({"code": "past_conflict", "points": POINTS["conflict"]})
    bonus = POINTS["offer_priority"].get(row["offer_priority"], 0)
    if bonus:
        reasons.append({"code": "offer_priority", "points": bonus})
    if row["partners_in"]:
        reasons.append({"code": "already_partners", "points": 0, "collaborations": row["partners_in"]})
    return round(sum(r["points"] for r in reasons), 1), reasons


def _introduction(projection: Projection, source, target, hops) -> dict | None:
    if source is None or target is None or not math.isfinite(hops):
        return None
    vertices = projection.graph.get_shortest_path(source, to=target)
    path = describe(projection, vertices)
    people = [v for v in vertices if projection.nodes[v]["type"] == "Person"]
    path["from_member"] = node(projection, people[0]) if people else None
    path["ask_first"] = node(projection, people[1]) if len(people) > 1 else (
        node(projection, people[0]) if people else None)
    path["candidate_contact"] = node(projection, people[-1]) if people else None
    return path
