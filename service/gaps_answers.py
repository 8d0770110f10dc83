"""The gaps of the ward or of one area (service/analysis/gaps.py) as an answer of node
references and numbers, and where it comes from: stored by the background analysis for
today's network at the usual distance (`LONG_HOPS`), computed otherwise.

At ward scale the whole ward takes seconds and an area about 0.2 s, so the analysis that runs
after an import stores the answer of the ward and of every area (ids and numbers only, with the
graph version they describe; names are applied per request by service/privacy.py), and a
question reads it. Another day, other ties, another distance or a stored answer of an older
network: computed here, and kept per graph version by the caller.
"""
from __future__ import annotations

import json

from .analysis import gaps

LONG_HOPS = 5          # steps from which complementary groups count as far apart
STORED_LIMIT = 1000    # items kept of each section (the most a page or the API asks for)
SECTIONS = ("far_complementary_pairs", "isolated_groups", "fragile_collaborations")


def compute(graph, projection, area: str | None, long_hops: int, limit: int,
            measure: gaps.Measure | None = None) -> dict:
    """The answer for `area` (None: the whole ward) on `projection`, `limit` items a section
    (`measure`: see gaps.far_pairs)."""
    pairs = gaps.far_pairs(projection, graph.read("analysis/complementary_pairs", area=area, day=projection.as_of),
                           long_hops, measure)
    isolated = gaps.isolated(projection, graph.read("analysis/unrelated_groups", area=area, day=projection.as_of))
    partners = graph.read("analysis/collaboration_partners", area=area, day=projection.as_of)
    fragile = gaps.fragile_collaborations(projection, partners)
    return {"far_complementary_pairs": {"items": pairs[:limit], "total": len(pairs)},
            "isolated_groups": {"items": isolated[:limit], "total": len(isolated)},
            "fragile_collaborations": {"items": fragile[:limit], "total": len(fragile)},
            "long_hops": long_hops}


def store_all(graph, projection, version: str, threads: int = 1) -> int:
    """Compute and store the answer of the ward and of each area (the distances of their far
    pairs measured once, on `threads`); how many were stored."""
    areas = [None] + [row["id"] for row in graph.read("pages/areas")]
    measure = gaps.Distances(projection.graph, threads)
    rows = [{"id": _stored_id(area), "answer": json.dumps(compute(graph, projection, area, LONG_HOPS, STORED_LIMIT, measure))}
            for area in areas]
    graph.write("precompute/store_gaps", version=version, rows=rows)
    return len(rows)


def stored(graph, version: str, area: str | None, long_hops: int, limit: int) -> dict | None:
    """The stored answer, cut to `limit` items a section, if one describes `version` and was
    computed as asked; else None."""
    if long_hops != LONG_HOPS or limit > STORED_LIMIT:
        return None
    row = graph.read_one("precompute/stored_answer", id=_stored_id(area))
    if row is None or row["answer"] is None or row["graph_version"] != version:
        return None
    answer = json.loads(row["answer"])
    for section in SECTIONS:
        answer[section]["items"] = answer[section]["items"][:limit]
    return answer


def _stored_id(area: str | None) -> str:
    return f"gaps:{area}" if area else "gaps:*"
