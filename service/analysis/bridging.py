"""地域の顔役: who bridges which worlds, and what would be cut off without them.

Measures, on the people–group network (service/analysis/projection.py):

- betweenness (Brandes 2001, doi:10.1080/0022250X.2001.9990249): on how many shortest
  introduction paths between two people or groups a person lies. Exact up to
  `exact_max` vertices; above, estimated from `samples` random sources (Brandes & Pich 2007),
  scaled to the whole graph.
- Burt's constraint (Burt 1992): how much a person's contacts are tied to each other;
  low constraint = an open network spanning structural holes.
- span: how many distinct groups, sectors and areas their groups cover.

score (0–100) = 60 × betweenness / the highest betweenness of anyone
             + 20 × (sectors spanned − 1) / 4
             + 20 × (1 − constraint)
"""
from __future__ import annotations

import math
import random

from .projection import Projection

WEIGHTS = {"betweenness": 60, "sectors": 20, "openness": 20}
SECTOR_COUNT = 5
CUT_OFF_PEOPLE = 200     # cut-off analysis for this many top people (it costs one pass each)
CUT_OFF_LIST = 10        # groups named per separated part


def compute(projection: Projection, exact_max: int = 5000, samples: int = 1000,
            seed: int = 20261122) -> list[dict]:
    """Bridging measures of every person, best first, by id: groups they bridge and the parts
    cut off without them are ids too."""
    graph = projection.graph
    n = graph.vcount()
    if n == 0:
        return []
    if n <= exact_max:
        betweenness = graph.betweenness(directed=False)
        method = "exact"
    else:
        sources = random.Random(seed).sample(range(n), min(samples, n))
        scale = n / len(sources)
        betweenness = [b * scale for b in graph.betweenness(sources=sources, directed=False)]
        method = f"sampled:{len(sources)}"
    constraint = graph.constraint()
    people = projection.people
    top = max((betweenness[v] for v in people), default=0.0) or 1.0
    normaliser = (n - 1) * (n - 2) / 2 if n > 2 else 1.0
    results = []
    for v in people:
        groups = [u for u in graph.neighbors(v) if projection.nodes[u]["type"] == "Group"]
        sectors = sorted({projection.nodes[u]["sector"] for u in groups if projection.nodes[u]["sector"]})
        areas = sorted({a for u in groups for a in projection.nodes[u]["areas"] or []})
        c = constraint[v]
        c = 1.0 if c is None or math.isnan(c) else min(c, 1.0)
        b = betweenness[v]
        score = (WEIGHTS["betweenness"] * b / top
                 + WEIGHTS["sectors"] * max(len(sectors) - 1, 0) / (SECTOR_COUNT - 1)
                 + WEIGHTS["openness"] * (1 - c))
        results.append({
            "vertex": v, "id": projection.ids[v], "score": round(score, 2),
            "betweenness": b, "betweenness_normalized": b / normaliser, "constraint": round(c, 4),
            "groups": len(groups), "sectors": len(sectors), "areas": len(areas),
            "bridges": {"groups": [projection.ids[u] for u in groups], "sectors": sectors},
            "cut_off": [], "method": method,
        })
    results.sort(key=lambda r: (-r["score"], r["id"]))
    _add_cut_off(projection, results[:CUT_OFF_PEOPLE])
    for rank, row in enumerate(results, start=1):
        row["rank"] = rank
    return results


# ---------------------------------------------------------------------------------------
def _add_cut_off(projection: Projection, rows: list[dict]) -> None:
    """For people whose removal splits the network: the parts that would lose their only path."""
    graph = projection.graph
    cut_vertices = set(graph.cut_vertices())
    for row in rows:
        v = row["vertex"]
        if v not in cut_vertices:
            continue
        component = sorted(u for u in graph.subcomponent(v) if u != v)  # induced_subgraph keeps id order
        sub = graph.induced_subgraph(component)
        parts = sorted(sub.connected_components(), key=len, reverse=True)
        for part in parts[1:]:
            members = [component[i] for i in part]
            groups = [u for u in members if projection.nodes[u]["type"] == "Group"]
            row["cut_off"].append({
                "groups": [projection.ids[u] for u in groups[:CUT_OFF_LIST]],
                "group_count": len(groups),
                "people_count": len(members) - len(groups),
            })
