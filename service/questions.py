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
    min_confidence: float | None = None  # leave out ties less sure than this (projection.confidence)
    fade_days: int = 730

    @classmethod
    def from_config(cls, driver: Driver, config: dict, cache: ProjectionCache | None = None,
                    answers: AnswerCache | None = None):
        return cls(driver, config["NEO4J_DATABASE"], cache or ProjectionCache(),
                   config.get("BRIDGING_EXACT_MAX", 5000), config.get("BRIDGING_SAMPLES", 1000),
                   answers or AnswerCache(), fade_days=config.get("FADE_DAYS", 730))

    def read(self, name: str, **params) -> list[dict]:
        records, _, _ = self.driver.execute_query(cypher.load(name), params,
                                                  routing_=RoutingControl.READ, database_=self.database)
        return [r.data() for r in records]

    def projection(self):
        return self.cache.get(self.driver, self.database).at(self.as_of, self.min_confidence, self.fade_days)

    @property
    def today_as_stored(self) -> bool:
        """The question is about today's full network, whose bridging scores are stored."""
        return self.as_of is None and not self.min_confidence


def refresh_bridging(ctx: Context) -> dict:
    return bridging.refresh(ctx.driver, ctx.database, ctx.cache, ctx.exact_max, ctx.samples)


def bridging_people(ctx: Context, limit: int, area=None, sector=None, theme=None) -> dict:
    rows, info = bridging_rows(ctx, limit, area, sector, theme)
    answer = {"items": [bridging.present(r) for r in rows], **info}
    if not ctx.today_as_stored:
        answer.update(as_of=ctx.as_of, min_confidence=ctx.min_confidence)
    return answer


def bridging_rows(ctx: Context, limit: int, area=None, sector=None, theme=None) -> tuple[list[dict], dict]:
    """The best bridging people's rows (id, name, visibility, score, measures), best first,
    and how they were computed: stored for today's network, computed for another view."""
    if not ctx.today_as_stored:
        return _bridging_of_view(ctx, limit, area, sector, theme)
    info = bridging.ensure_fresh(ctx.driver, ctx.database, ctx.cache, ctx.exact_max, ctx.samples)
    rows = ctx.read("analysis/bridging_list", area=area, sector=sector, theme=theme, limit=limit)
    return rows, {"computed_at": info["computed_at"], "method": info["method"]}


def _bridging_of_view(ctx: Context, limit: int, area, sector, theme) -> tuple[list[dict], dict]:
    """Bridging on the network of another day or confidence: computed, not stored (kept per
    graph version and view)."""
    projection = ctx.projection()

    def compute() -> dict:
        rows = bridging.storable(bridging.compute(projection, ctx.exact_max, ctx.samples))
        return {"ranked": sorted(rows, key=lambda r: (-r["score"], r["id"]))}

    ranked = ctx.answers.get(("bridging", projection.version, projection.view), compute)["ranked"]
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
    return rows, {"computed_at": None, "method": json.loads(rows[0]["detail"])["method"] if rows else "exact"}


def collaboration_candidates(ctx: Context, group_id: str, need=None, limit: int = 10) -> dict:
    rows = ctx.read("analysis/candidates", group=group_id, need=need)
    return {"items": candidates.rank(ctx.projection(), group_id, rows, limit)}


def introduction_paths(ctx: Context, from_id: str, to_id: str, k: int = 3, max_hops: int = 8) -> dict:
    return {"items": paths.shortest(ctx.projection(), from_id, to_id, k, max_hops)}


def network_gaps(ctx: Context, area=None, long_hops: int = 5, limit: int = 100) -> dict:
    """Kept per graph version (see analysis/answers.py): a whole ward takes seconds."""
    projection = ctx.projection()
    return ctx.answers.get(("gaps", projection.version, projection.view, area, long_hops, limit),
                           lambda: _gaps(ctx, projection, area, long_hops, limit))


def isolated_groups(ctx: Context, projection, area=None) -> list[dict]:
    """Groups with no tie to any other group on the projection's day."""
    return gaps.isolated(projection, ctx.read("analysis/unrelated_groups", area=area, day=projection.as_of))


def _gaps(ctx: Context, projection, area, long_hops: int, limit: int) -> dict:
    pairs = gaps.far_pairs(projection, ctx.read("analysis/complementary_pairs", area=area), long_hops)
    isolated = isolated_groups(ctx, projection, area)
    partners = ctx.read("analysis/collaboration_partners", area=area, day=projection.as_of)
    fragile = gaps.fragile_collaborations(projection, partners)
    return {"far_complementary_pairs": {"items": pairs[:limit], "total": len(pairs)},
            "isolated_groups": {"items": isolated[:limit], "total": len(isolated)},
            "fragile_collaborations": {"items": fragile[:limit], "total": len(fragile)},
            "long_hops": long_hops}
