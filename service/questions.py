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

from . import cypher_questions, gaps_answers, precompute, projections, slow_answers, wording
from .analysis import brokerage, candidates, communities, gaps, paths
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
QUICK_TIES = 50_000  # a view's 顔役 on a network with fewer ties is computed in the request (seconds at most)


def bridging_people(graph, view: View, limit: int, area=None, sector=None, theme=None, sort: str = "score",
                    pair: str | None = None, evidence: brokerage.Evidence = brokerage.Evidence()) -> dict:
    """地域の顔役, best first by `sort` (or by the pairs of places of two sectors, `pair`, a key
    of brokerage.PAIRS): of the whole ward, or among the groups of an area or a theme; of
    today's network with every kind of evidence as stored, or of another view computed."""
    rows, info = bridging_rows(graph, view, limit, area, sector, theme, sort, pair, evidence)
    return {"items": [bridging_item(r) for r in rows], **info, **view.describe(),
            "evidence": {"kinds": list(evidence.kinds), "weighted": evidence.weighted},
            "weights": brokerage.WEIGHTS, "sort": sort, "pair": pair}


def bridging_rows(graph, view: View, limit: int, area=None, sector=None, theme=None, sort: str = "score",
                  pair: str | None = None, evidence: brokerage.Evidence = brokerage.Evidence()) -> tuple[list[dict], dict]:
    """The rows (id, score, parts, detail), best first, and how they were computed."""
    if not view.today or evidence != brokerage.Evidence():
        return _bridging_of_view(graph, view, limit, area, sector, theme, sort, pair, evidence)
    state = precompute.status(graph)
    info = {"computed_at": state["computed_at"], "method": state["method"], "fresh": state["fresh"],
            "analysis_failed": state["failed"]}
    pair_index = brokerage.PAIRS.index(pair) if pair else None
    if area is None and theme is None:
        rows = (graph.read("analysis/bridging_top", sector=sector, limit=limit) if sort == "score" and pair is None
                else graph.read("analysis/bridging_list", sort=sort, pair=pair_index, sector=sector, limit=limit))
        return [found for found in map(precompute.stored, rows) if found], info
    stored = graph.read_one("analysis/bridging_ranked", id=f"bridging-{'area' if area else 'theme'}:{area or theme}")
    if stored and stored["ranked"] is not None:  # stored after the ward's: may be of an older network or format
        info["fresh"] = state["lists_fresh"]
    listed = [dict(zip(precompute.LISTED, item)) for item in json.loads((stored or {}).get("ranked") or "[]")]
    if sector is not None or pair is not None:
        ward = _stored_of(graph, [r["id"] for r in listed])
        keep = _in_sector(graph, [r["id"] for r in listed], sector) if sector else set(ward)
        listed = [r for r in listed if r["id"] in keep and r["id"] in ward
                  and (pair is None or ward[r["id"]]["pairs"][pair_index])]
    listed.sort(key=lambda r: (-r[sort], r["rank"], r["id"]))
    ward = _stored_of(graph, [r["id"] for r in listed[:limit]])
    return [{**ward[r["id"]], **r, "scope": "area" if area else "theme"} for r in listed[:limit] if r["id"] in ward], info


def collaboration_candidates(graph, view: View, group_id: str, need=None, limit: int = 10) -> dict:
    """Ranked by the same rule whichever engine finds the hops and the introductions (see
    `_in_memory`)."""
    rows = graph.read("analysis/candidates", group=group_id, need=need)
    return {"items": _ranked_candidates(graph, view, group_id, rows, limit)}


def candidates_by_need(graph, view: View, group_id: str, needs: list[str], limit: int) -> dict[str, list[dict]]:
    """The best candidates for each of the group's declared `needs` (a group's page), read in
    one statement rather than one per need."""
    rows = graph.read("analysis/candidates", group=group_id, need=None) if needs else []
    return {need: _ranked_candidates(graph, view, group_id, [r for r in rows if r["need_id"] == need], limit)
            for need in needs}


def _ranked_candidates(graph, view: View, group_id: str, rows: list[dict], limit: int) -> list[dict]:
    projection = _in_memory(graph, view)
    items = (candidates.on_projection(projection, group_id, rows, limit) if projection is not None
             else cypher_questions.collaboration_candidates(graph, view, group_id, rows, limit))
    return wording.with_reasons(items)


def introduction_paths(graph, view: View, from_id: str, to_id: str, k: int = 3, max_hops: int = 8) -> dict:
    """Up to k shortest introduction paths (see `_in_memory`); beyond `paths.LONGEST` steps
    always on the projection, where Cypher's search of simple paths grows too fast."""
    projection = _in_memory(graph, view)
    if projection is None and max_hops <= paths.LONGEST:
        return {"items": cypher_questions.introduction_paths(graph, view, from_id, to_id, k, max_hops)}
    return {"items": paths.shortest(projection or view.projection(graph), from_id, to_id, k, max_hops)}


def network_gaps(graph, view: View, area=None, long_hops: int = gaps_answers.LONG_HOPS, limit: int = 100) -> dict:
    """Node references and numbers, kept per graph version and view: of today's network as
    the background analysis stored it (read without loading the projection), else computed
    (a whole ward takes seconds)."""
    if view.today:
        version = graph.version()
        found = graph.caches.answers.get(("gaps", version, area, long_hops, limit),
                                         lambda: gaps_answers.stored(graph, version, area, long_hops, limit))
        if found is not None:
            return found
    projection = view.projection(graph)
    return graph.caches.answers.get(("gaps", projection.version, projection.view, area, long_hops, limit),
                                    lambda: gaps_answers.compute(graph, projection, area, long_hops, limit))


def network_communities(graph, view: View) -> dict:
    """The clusters of the network (analysis/communities.py), kept per graph version and view:
    node references, numbers, and each node's cluster by id (for colouring maps; never shown)."""
    projection = view.projection(graph)
    return graph.caches.answers.get(("communities", projection.version, projection.view),
                                    lambda: communities.communities(projection))


def prepare(graph) -> None:
    """What a process keeps per version of today's network, made before anyone asks (the
    background watch, service/precompute.py): the projection (from the snapshot another
    process wrote, or from Neo4j) and the clusters (about 2 s at ward scale)."""
    network_communities(graph, TODAY)


def isolated_groups(graph, view: View, area=None) -> list[dict]:
    """Groups with no tie to any other group on the view's day (node references and numbers,
    kept per graph version and view: the dashboard asks on every visit)."""
    projection = view.projection(graph)
    return graph.caches.answers.get(
        ("isolated", projection.version, projection.view, area),
        lambda: gaps.isolated(projection, graph.read("analysis/unrelated_groups", area=area, day=projection.as_of)))


# ---------------------------------------------------------------------------------------
def _in_memory(graph, view: View):
    """Which engine answers paths and candidates, chosen by measurement (bench/queries_bench.py,
    docs/performance.md): at ward scale igraph on a projection in memory is the faster once it
    is there (p95 42 ms against Cypher's 79 for paths, 229 against 961 for candidates), but a
    process must first load it (0.7 s from the snapshot another process wrote, 8 s from Neo4j
    before there is one), while Cypher answers at once. So igraph answers when this process
    holds the projection of the current version, and Cypher while it loads (after an import
    or a restart). Both give the same answers (tests/test_engines.py)."""
    return projections.in_memory(graph, view.as_of, view.min_confidence)


def _bridging_of_view(graph, view: View, limit: int, area, sector, theme, sort, pair, evidence) -> tuple[list[dict], dict]:
    """Brokerage on the network of another day or confidence, or with other evidence:
    computed (kept per graph version, view and evidence), not stored in the graph. Above
    QUICK_TIES it takes seconds to a minute: computed in the background (slow_answers), the
    request told to ask again."""
    projection = view.projection(graph)
    places = None
    if area or theme:
        field, key = ("areas", area) if area else ("themes", theme)
        places = [v for v in projection.groups if key in (projection.nodes[v].get(field) or [])]
    threads = precompute.threads_of(graph)

    def compute() -> list[dict]:  # as if stored and read back: ids and numbers only
        rows = precompute.ranked(projection, evidence, places, threads, details=False)
        return [precompute.stored({"id": r["id"], "measures": precompute.storable(r)["measures"].items()})
                for r in rows]

    rows = list(slow_answers.answer(graph, ("bridging", projection.version, projection.view, evidence.key, area, theme),
                                    compute, quick=projection.graph.ecount() < QUICK_TIES))
    if sector is not None:
        keep = _in_sector(graph, [r["id"] for r in rows], sector)
        rows = [r for r in rows if r["id"] in keep]
    if pair is not None:
        index = brokerage.PAIRS.index(pair)
        rows = sorted((r for r in rows if r["pairs"][index]), key=lambda r: (-r["pairs"][index], r["rank"], r["id"]))
    else:
        rows.sort(key=lambda r: (-r[sort], r["rank"], r["id"]))
    return rows[:limit], {"computed_at": None, "method": "exact", "fresh": True, "analysis_failed": False}


def _stored_of(graph, ids: list[str]) -> dict[str, dict]:
    found = (precompute.stored(r) for r in graph.read("analysis/bridging_of", ids=ids))
    return {row["id"]: row for row in found if row}


def _in_sector(graph, ids: list[str], sector: str) -> set[str]:
    return {r["id"] for r in graph.read("analysis/people_in_sector", ids=ids, sector=sector)}


def bridging_item(row: dict) -> dict:
    """A row as answers show it: the person, the parts of the score, the places they reach by
    sector, the places they belong to, the parts cut off and the pair that would grow farther
    without them — people and places as references."""
    detail = row["detail"]
    why = detail.get("why")
    pairs = row.get("pairs") or []
    return ref("Person", row["id"], score=row["score"], rank=row["rank"],
               parts={"between": round(row["between"], 2), "liaison": row["liaison"], "representative": row["representative"],
                      "coordinator": row.get("coordinator"), "itinerant": row.get("itinerant"),
                      "first_pair": row["first_pair"]},
               points={"between": row["points_between"], "sectors": row["points_sectors"]},
               places=row.get("places"), reach=detail.get("reach", {}), own_sectors=detail.get("own_sectors", []),
               pairs={key: pairs[i] for i, key in enumerate(brokerage.PAIRS) if i < len(pairs) and pairs[i]},
               groups=[_place(g) for g in detail.get("groups", [])],
               cut_off=[{**part, "groups": [_place(g) for g in part["groups"]]} for part in detail.get("cut_off", [])],
               why=why and {"pair": [_place(g) for g in why["pair"]], "steps": why["steps"],
                            "steps_without": why["steps_without"]},
               scope=row.get("scope", "ward"))


def _place(place: list) -> dict:
    """A group or an event, kept as [type, id]."""
    return ref(place[0], place[1])
