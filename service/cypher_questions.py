"""Questions Cypher answers in Neo4j, starting from a node and following paths, with no
projection in memory: introduction paths (who knows whom), the introductions of
collaboration candidates, and the local part of 地域の顔役 — who alone links two groups. The answers have the same shape as those igraph gives on the
projection (service/analysis/paths.py, candidates.py), which stay as the oracle the tests
compare them with; service/questions.py says which engine serves when, and why (measured in
bench/queries_bench.py).

A view of the network (as of a day, only the surer ties) is passed to Cypher as two dates:
the day, and the earliest confirmation a tie may have (`projection.seen_after`).
"""
from __future__ import annotations

from .analysis import candidates, steps
from .analysis.brokerage import FIRST_PAIR
from .analysis.projection import seen_after
from .analysis.refs import ref

SHOWN_PAIRS = 10  # pairs listed per person (all are counted)


def introduction_paths(graph, view, from_id: str, to_id: str, k: int, max_hops: int) -> list[dict]:
    """Up to k shortest paths of at most `max_hops` (≤ paths.LONGEST) steps, shortest first."""
    if from_id == to_id:  # a path of no step, as igraph gives
        found = graph.read_one("analysis/node_labels", id=from_id, labels=["Person", "Group"])
        return [steps.from_rows([[_kind(found["labels"]), from_id]], [])] if found else []
    rows = graph.read("questions/introduction_paths", **_view(graph, view), **{"from": from_id, "to": to_id},
                      k=k, max_hops=max_hops)
    return [steps.from_rows(row["nodes"], row["ties"]) for row in rows]


def collaboration_candidates(graph, view, group_id: str, rows: list[dict], limit: int) -> list[dict]:
    """`candidates.rank` with the hops of cypher/questions/candidate_hops for every candidate,
    and the paths of cypher/questions/candidate_introductions for those shown (the path shown
    is the first by ids of the ten shortest: ten times the work of a length, so only for them)."""
    ids = sorted({row["candidate_id"] for row in rows})
    found = graph.read("questions/candidate_hops", group=group_id, candidates=ids, **_view(graph, view))
    hops = {row["candidate"]: float(row["hops"]) for row in found if row["hops"] is not None}
    return candidates.rank(rows, hops, limit, lambda shown: _introductions(graph, view, group_id, shown))


def _introductions(graph, view, group_id: str, ids: list[str]) -> dict[str, dict]:
    found = graph.read("questions/candidate_introductions", group=group_id, candidates=ids, **_view(graph, view))
    return {row["candidate"]: steps.from_rows(row["nodes"], row["ties"]) for row in found if row["nodes"]}


def only_links(graph, area: str | None = None, theme: str | None = None, person: str | None = None,
               limit: int = 20) -> dict:
    """The people who alone link two groups (cypher/questions/local_brokerage.cypher), among the
    groups of an area, of a theme, or of one person: most pairs of 地縁 and 区民活動 first, then
    most pairs. Each with the pairs by sectors, the first pairs, and the groups they belong to
    and reach through one acquaintance, by sector. Kept per graph version (ids and numbers)."""
    rows = graph.caches.answers.get(
        ("only_links", graph.version(), area, theme, person, limit),
        lambda: graph.read("questions/local_brokerage", area=area, theme=theme, person=person, limit=limit))
    return {"items": [_only_link(rank, row) for rank, row in enumerate(rows, 1)]}


# ---------------------------------------------------------------------------------------
def _only_link(rank: int, row: dict) -> dict:
    by_sectors: dict[tuple, int] = {}
    for *_groups, a, b in row["linked"]:
        by_sectors[(a, b)] = by_sectors.get((a, b), 0) + 1
    return ref("Person", row["person"], rank=rank, pairs=row["pairs"], first_pairs=row["first_pairs"],
               sector_pairs=[{"sectors": list(pair), "count": count} for pair, count in
                             sorted(by_sectors.items(), key=lambda i: (tuple(i[0]) != FIRST_PAIR, -i[1], i[0]))],
               linked=[{"groups": [ref("Group", a), ref("Group", b)], "sectors": [sa, sb]}
                       for a, b, sa, sb in row["linked"][:SHOWN_PAIRS]],
               reach={"own": _by_sector(row["groups"]), "through": _by_sector(row["through"])})


def _by_sector(groups: list[list[str]]) -> dict[str, int]:
    counted: dict[str, int] = {}
    for _id, sector in groups:
        counted[sector] = counted.get(sector, 0) + 1
    return dict(sorted(counted.items(), key=lambda i: (-i[1], i[0])))


def _view(graph, view) -> dict:
    return {"day": view.as_of,
            "seen_after": seen_after(view.as_of, view.min_confidence, graph.fade_days) if view.min_confidence else None}


def _kind(labels: list[str]) -> str:
    return "Person" if "Person" in labels else "Group"
