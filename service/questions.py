"""The questions Tsunagu answers — bridging people, collaboration candidates, introduction
paths and gaps — from the graph handle and explicit arguments to answers of node references
and numbers. Shared by the pages, the JSON API and the command line, which name the
references for their reader (service/privacy.present). Parameters are checked by the callers.

Whole-graph measures of today's network (bridging) are read as stored by the background
analysis (service/precompute.py): a question never computes and writes them. Another view
of the network (as of a day, or only the surer ties) is computed here and kept per graph
version, never stored.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from . import precompute, projections, wording
from .analysis import bridging, candidates, gaps, paths
from .analysis.refs import ref


@dataclass(frozen=True)
class View:
    """Which network a question is about: as it was on `as_of` (ISO date; None: today) and
    only the ties at least `min_confidence` sure (None: all)."""
    as_of: str | None = None
    min_confidence: float | None = None

    @property
    def today(self) -> bool:
        return self.as_of is None and not self.min_confidence

    def projection(self, graph):
        return projections.current(graph, self.as_of, self.min_confidence)

    def describe(self) -> dict:
        return {} if self.today else {"as_of": self.as_of, "min_confidence": self.min_confidence}


TODAY = View()


def bridging_people(graph, view: View, limit: int, area=None, sector=None, theme=None) -> dict:
    rows, info = bridging_rows(graph, view, limit, area, sector, theme)
    return {"items": [bridging_item(r) for r in rows], **info, **view.describe()}


def bridging_rows(graph, view: View, limit: int, area=None, sector=None, theme=None) -> tuple[list[dict], dict]:
    """The best bridging people's rows (id, score, measures, detail), best first, and how
    they were computed: as stored for today's network, computed for another view."""
    if not view.today:
        return _bridging_of_view(graph, view, limit, area, sector, theme)
    state = precompute.status(graph)
    rows = graph.read("analysis/bridging_list", area=area, sector=sector, theme=theme, limit=limit)
    for row in rows:
        row["detail"] = json.loads(row["detail"] or "{}")
    return rows, {"computed_at": state["computed_at"], "method": state["method"], "fresh": state["fresh"]}


def collaboration_candidates(graph, view: View, group_id: str, need=None, limit: int = 10) -> dict:
    rows = graph.read("analysis/candidates", group=group_id, need=need)
    return {"items": wording.with_reasons(candidates.rank(view.projection(graph), group_id, rows, limit))}


def introduction_paths(graph, view: View, from_id: str, to_id: str, k: int = 3, max_hops: int = 8) -> dict:
    return {"items": paths.shortest(view.projection(graph), from_id, to_id, k, max_hops)}


def network_gaps(graph, view: View, area=None, long_hops: int = 5, limit: int = 100) -> dict:
    """Kept per graph version and view (node references and numbers only): a whole ward
    takes seconds."""
    projection = view.projection(graph)
    return graph.caches.answers.get(("gaps", projection.version, projection.view, area, long_hops, limit),
                                    lambda: _gaps(graph, projection, area, long_hops, limit))


def isolated_groups(graph, view: View, area=None) -> list[dict]:
    """Groups with no tie to any other group on the view's day."""
    projection = view.projection(graph)
    return gaps.isolated(projection, graph.read("analysis/unrelated_groups", area=area, day=projection.as_of))


# ---------------------------------------------------------------------------------------
def _gaps(graph, projection, area, long_hops: int, limit: int) -> dict:
    pairs = gaps.far_pairs(projection, graph.read("analysis/complementary_pairs", area=area), long_hops)
    isolated = gaps.isolated(projection, graph.read("analysis/unrelated_groups", area=area, day=projection.as_of))
    partners = graph.read("analysis/collaboration_partners", area=area, day=projection.as_of)
    fragile = gaps.fragile_collaborations(projection, partners)
    return {"far_complementary_pairs": {"items": pairs[:limit], "total": len(pairs)},
            "isolated_groups": {"items": isolated[:limit], "total": len(isolated)},
            "fragile_collaborations": {"items": fragile[:limit], "total": len(fragile)},
            "long_hops": long_hops}


def _bridging_of_view(graph, view: View, limit: int, area, sector, theme) -> tuple[list[dict], dict]:
    """Bridging on the network of another day or confidence: computed (kept per graph
    version and view), not stored."""
    projection = view.projection(graph)
    settings = precompute.settings(graph)

    def compute() -> dict:
        rows = [precompute.storable(r) for r in bridging.compute(projection, **settings)]
        return {"ranked": sorted(rows, key=lambda r: (-r["score"], r["id"]))}

    ranked = graph.caches.answers.get(("bridging", projection.version, projection.view), compute)["ranked"]
    filtered = area is not None or sector is not None or theme is not None
    rows, batch = [], max(5 * limit, 200) if filtered else limit
    for start in range(0, len(ranked), batch):  # best first, until `limit` pass the filters
        chunk = ranked[start:start + batch]
        found = {p["id"] for p in graph.read("analysis/people_filtered", ids=[r["id"] for r in chunk],
                                              area=area, sector=sector, theme=theme)}
        rows += [{**r, "detail": json.loads(r["detail"])} for r in chunk if r["id"] in found]
        if len(rows) >= limit:
            break
    rows = rows[:limit]
    return rows, {"computed_at": None, "method": rows[0]["detail"]["method"] if rows else "exact", "fresh": True}


def bridging_item(row: dict) -> dict:
    """A stored (or computed) row as answers show it: the person and the groups they bridge
    as references."""
    detail = row["detail"]
    bridges = detail.get("bridges", {"groups": [], "sectors": []})
    return ref("Person", row["id"], score=row["score"], rank=row["rank"],
               measures={"betweenness": row["betweenness"],
                         "betweenness_normalized": row["betweenness_normalized"],
                         "constraint": row["constraint"], "groups_spanned": row["groups"],
                         "sectors_spanned": row["sectors"], "areas_spanned": row["areas"]},
               bridges={"groups": [ref("Group", g) for g in bridges["groups"]], "sectors": bridges["sectors"]},
               cut_off=[{**part, "groups": [ref("Group", g) for g in part["groups"]]}
                        for part in detail.get("cut_off", [])])
