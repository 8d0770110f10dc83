"""課題 × 強み: the groups that offer what a group needs, ranked, each with the introduction path.

score = 40 × 2 / hops (hops between the two groups in the people–group network: 2 means a
        shared member, 3 that members know each other; 0 when there is no path of at most
        `paths.LONGEST` steps)
      + 20 when they are active in the same area (or the same 地域)
      + 10 per shared theme, at most 20
      + 20 for past cooperation, − 30 for past conflict
      + 10 / 5 when the offer is their first / second priority
Groups that are already partners in a collaboration are marked, not hidden.

The hops and the introduction paths come from either engine — Cypher in Neo4j
(service/cypher_questions.py) or igraph on the projection (`on_projection`, below) — and the
ranking is the same function of them (`rank`).
"""
from __future__ import annotations

import math
from typing import Callable, Mapping

from .paths import LONGEST, first_shortest
from .projection import Projection
from .refs import ref
from .steps import describe

FULL_WITHIN = 2  # steps: a candidate this close or closer gets all the points of distance
POINTS = {"distance": 40, "same_area": 20, "theme": 10, "themes_max": 20, "cooperation": 20,
          "conflict": -30, "offer_priority": {1: 10, 2: 5}}


def rank(rows: list[dict], hops: Mapping[str, float], limit: int,
         paths_to: Callable[[list[str]], Mapping[str, dict | None]]) -> list[dict]:
    """Rows of cypher/analysis/candidates.cypher and the hops to each candidate (by id; absent
    or infinite: no path) → the best `limit` candidates, ranked, each with its introduction
    (`paths_to(ids)`: the described path to each candidate shown, asked once for all of them,
    service/analysis/steps.describe), groups, needs and people as references."""
    items = []
    for row in rows:
        distance = hops.get(row["candidate_id"], math.inf)
        score, reasons = _score(row, distance)
        items.append({
            "group": ref("Group", row["candidate_id"]),
            "capability": ref("Capability", row["need_id"], declared_need=row["declared"],
                              need_priority=row["need_priority"], offer_note=row["offer_note"]),
            "score": score, "reasons": reasons,
            "already_partners": bool(row["partners_in"]), "partners_in": row["partners_in"],
            "_hops": distance,
        })
    items.sort(key=lambda i: (-i["score"], i["_hops"], i["group"]["ref"], i["capability"]["ref"]))
    items = items[:limit]
    shown = list(dict.fromkeys(i["group"]["ref"] for i in items if math.isfinite(i["_hops"])))
    paths = paths_to(shown) if shown else {}
    for item in items:
        reachable = math.isfinite(item.pop("_hops"))
        item["introduction"] = introduction(paths.get(item["group"]["ref"])) if reachable else None
    return items


def introduction(path: dict | None) -> dict | None:
    """A path from the group to a candidate, with the member to start from, the person to ask
    first and the candidate's contact."""
    if path is None:
        return None
    people = [n for n in path["nodes"] if n["type"] == "Person"]
    return {**path, "from_member": people[0] if people else None,
            "ask_first": people[1] if len(people) > 1 else (people[0] if people else None),
            "candidate_contact": people[-1] if people else None,
            "member_of_both": len(people) == 1}  # one person between the groups: in both


def on_projection(projection: Projection, group_id: str, rows: list[dict], limit: int) -> list[dict]:
    """`rank` with hops and paths from igraph: one breadth-first search from the group."""
    source = projection.index.get(group_id)
    hops: dict[str, float] = {}
    targets = {row["candidate_id"]: projection.index[row["candidate_id"]]
               for row in rows if row["candidate_id"] in projection.index}
    from_source: list[float] = []
    if source is not None and targets:  # one breadth-first search: the hops, and the paths below
        from_source = projection.graph.distances(source=source)[0]
        for candidate, vertex in targets.items():
            if from_source[vertex] <= LONGEST:
                hops[candidate] = from_source[vertex]

    def paths_to(ids: list[str]) -> dict[str, dict]:  # the paths Cypher would show too (paths.first_shortest)
        return {i: describe(projection, first_shortest(projection.graph, from_source, source, projection.index[i])) for i in ids}
    return rank(rows, hops, limit, paths_to)


# ---------------------------------------------------------------------------------------
def _score(row: dict, hops: float) -> tuple[float, list[dict]]:
    """The points and the reasons (codes and what they rest on; service/wording.py puts them
    into words)."""
    reasons = []
    if math.isfinite(hops) and hops > 0:
        points = POINTS["distance"] * min(1.0, FULL_WITHIN / hops)
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
        reasons.append({"code": "offer_priority", "points": bonus, "priority": row["offer_priority"]})
    if row["partners_in"]:
        reasons.append({"code": "already_partners", "points": 0, "collaborations": row["partners_in"]})
    return round(sum(r["points"] for r in reasons), 1), reasons
