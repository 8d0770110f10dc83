"""The four questions, from a driver and parameters to plain dicts: shared by the JSON API
and the CLI. (Parameters are checked by the callers.)"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from neo4j import Driver, RoutingControl

from . import cypher
from .analysis import bridging, candidates, gaps, paths
from .analysis.answers import AnswerCache
from .analysis.projection import ProjectionCache


@dataclass
class Context:
    driver: Driver
    database: str
    cache: ProjectionCache
    exact_max: int = 5000
    samples: int = 1000
    answers: AnswerCache = field(default_factory=AnswerCache)
    as_of: str | None = None  # ISO date: ask about the network as it was that day

    @classmethod
    def from_config(cls, driver: Driver, config: dict, cache: ProjectionCache | None = None,
                    answers: AnswerCache | None = None):
        return cls(driver, config["NEO4J_DATABASE"], cache or ProjectionCache(),
                   config.get("BRIDGING_EXACT_MAX", 5000), config.get("BRIDGING_SAMPLES", 1000),
                   answers or AnswerCache())

    def read(self, name: str, **params) -> list[dict]:
        records, _, _ = self.driver.execute_query(cypher.load(name), params,
                                                  routing_=RoutingControl.READ, database_=self.database)
        return [r.data() for r in records]

    def projection(self):
        return self.cache.get(self.driver, self.database).at(self.as_of)


def refresh_bridging(ctx: Context) -> dict:
    return bridging.refresh(ctx.driver, ctx.database, ctx.cache, ctx.exact_max, ctx.samples)


def bridging_people(ctx: Context, limit: int, area=None, sector=None, theme=None) -> dict:
    if ctx.as_of:
        return _bridging_as_of(ctx, limit, area, sector, theme)
    info = bridging.ensure_fresh(ctx.driver, ctx.database, ctx.cache, ctx.exact_max, ctx.samples)
    rows = ctx.read("analysis/bridging_list", area=area, sector=sector, theme=theme, limit=limit)
    return {"items": [bridging.present(r) for r in rows], "computed_at": info["computed_at"],
            "method": info["method"]}


def _bridging_as_of(ctx: Context, limit: int, area, sector, theme) -> dict:
    """Bridging on the network of another day: computed, not stored (kept per version and day)."""
    projection = ctx.projection()

    def compute() -> dict:
        rows = bridging.storable(bridging.compute(projection, ctx.exact_max, ctx.samples))
        return {"ranked": sorted(rows, key=lambda r: (-r["score"], r["id"]))}

    ranked = ctx.answers.get(("bridging", projection.version, ctx.as_of), compute)["ranked"]
    filtered = area is not None or sector is not None or theme is not None
    rows, batch = [], max(5 * limit, 200) if filtered else limit
    for start in range(0, len(ranked), batch):  # best first, until `limit` pass the filters
        chunk = ranked[start:start + batch]
        found = {p["id"]: p for p in ctx.read("analysis/people_filtered", ids=[r["id"] for r in chunk],
                                               area=area, sector=sector, theme=theme)}
        rows += [{**r, **found[r["id"]]} for r in chunk if r["id"] in found]
        if len(rows) >= limit:
            break
    rows = rows[:limit]
    return {"items": [bridging.present(r) for r in rows], "computed_at": None, "as_of": ctx.as_of,
            "method": json.loads(rows[0]["detail"])["method"] if rows else "exact"}


def collaboration_candidates(ctx: Context, group_id: str, need=None, limit: int = 10) -> dict:
    rows = ctx.read("analysis/candidates", group=group_id, need=need)
    return {"items": candidates.rank(ctx.projection(), group_id, rows, limit)}


def introduction_paths(ctx: Context, from_id: str, to_id: str, k: int = 3, max_hops: int = 8) -> dict:
    return {"items": paths.shortest(ctx.projection(), from_id, to_id, k, max_hops)}


def network_gaps(ctx: Context, area=None, long_hops: int = 5, limit: int = 100) -> dict:
    """Kept per graph version (see analysis/answers.py): a whole ward takes seconds."""
    projection = ctx.projection()
    return ctx.answers.get(("gaps", projection.version, projection.as_of, area, long_hops, limit),
                           lambda: _gaps(ctx, projection, area, long_hops, limit))


def _gaps(ctx: Context, projection, area, long_hops: int, limit: int) -> dict:
    pairs = gaps.far_pairs(projection, ctx.read("analysis/complementary_pairs", area=area), long_hops)
    isolated = ctx.read("analysis/isolated_groups", area=area)
    fragile = gaps.fragile_collaborations(projection, ctx.read("analysis/collaboration_partners", area=area))
    return {"far_complementary_pairs": {"items": pairs[:limit], "total": len(pairs)},
            "isolated_groups": {"items": isolated[:limit], "total": len(isolated)},
            "fragile_collaborations": {"items": fragile[:limit], "total": len(fragile)},
            "long_hops": long_hops}
