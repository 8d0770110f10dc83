"""Where the network has gaps: complementary groups in the same area that are far apart or not
connected at all, groups with no tie to any other group, and collaborations that hang on a
single intermediary or a single person."""
from __future__ import annotations

import math

from .projection import Projection
from .steps import node


def far_pairs(projection: Projection, rows: list[dict], long_hops: int) -> list[dict]:
    """Complementary pairs (rows of complementary_pairs.cypher) with no path or ≥ long_hops."""
    by_source: dict[int, list] = {}
    for row in rows:
        a = projection.index.get(row["needing_id"])
        if a is not None:
            by_source.setdefault(a, []).append(row)
    result = []
    for source, pairs in by_source.items():
        distances = projection.graph.distances(source=source)[0]
        for row in pairs:
            target = projection.index.get(row["offering_id"])
            hops = distances[target] if target is not None else math.inf
            if not math.isfinite(hops) or hops >= long_hops:
                result.append({
                    "needing": {"id": row["needing_id"], "name": row["needing_name"]},
                    "offering": {"id": row["offering_id"], "name": row["offering_name"]},
                    "capability": {"id": row["capability_id"], "name": row["capability_name"]},
                    "areas": row["areas"], "hops": int(hops) if math.isfinite(hops) else None,
                    "connected": math.isfinite(hops),
                })
    result.sort(key=lambda r: (r["connected"], -(r["hops"] or 0), r["needing"]["id"], r["offering"]["id"]))
    return result


def fragile_collaborations(projection: Projection, collaborations: list[dict]) -> list[dict]:
    """Collaborations whose partner groups are held together by one intermediary or one person
    (a cut vertex of the partners, their members and the ties among those members), or not at all."""
    graph = projection.graph
    result = []
    for collaboration in collaborations:
        partners = [projection.index[p["id"]] for p in collaboration["partners"] if p["id"] in projection.index]
        if len(partners) < 2:
            continue
        members = {u for g in partners for u in graph.neighbors(g)
                   if projection.nodes[u]["type"] == "Person"}
        vertices = sorted(set(partners) | members)
        sub = graph.induced_subgraph(vertices)
        local = {v: i for i, v in enumerate(vertices)}
        partner_local = [local[g] for g in partners]
        if not _together(sub, partner_local):
            membership = sub.connected_components().membership
            parts: dict[int, list] = {}
            for g, i in zip(partners, partner_local):
                parts.setdefault(membership[i], []).append(node(projection, g))
            result.append({"collaboration": _collaboration(collaboration), "depends_on": [],
                           "disconnected": True, "unconnected_parts": list(parts.values())})
            continue
        holders = []
        for cut in sub.cut_vertices():
            remaining = [i for i in partner_local if i != cut]
            if len(remaining) >= 2 and not _together(sub, remaining, removed=cut):
                holders.append(node(projection, vertices[cut]))
        if holders:
            result.append({"collaboration": _collaboration(collaboration), "depends_on": holders,
                           "disconnected": False})
    return result


def _together(graph, vertices: list[int], removed: int | None = None) -> bool:
    if removed is not None:
        keep = [v for v in range(graph.vcount()) if v != removed]
        mapping = {v: i for i, v in enumerate(keep)}
        graph = graph.induced_subgraph(keep)
        vertices = [mapping[v] for v in vertices]
    membership = graph.connected_components().membership
    return len({membership[v] for v in vertices}) == 1


def _collaboration(row: dict) -> dict:
    return {"id": row["id"], "name": row["name"], "status": row["status"],
            "partners": [p["id"] for p in row["partners"]]}
