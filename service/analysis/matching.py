"""A matching event (団体同士のマッチングイベント) planned: the invited groups seated at tables
of 4–6, and at each table the pairs to introduce, each with its reasons.

The grand design asks for 「組織の課題に対応できる『強み』を持つ団体同士の対話の場」; the
seeds say 地縁 and 区民活動 rarely meet. So a pair scores for each need of one that the other
offers (課題 × 強み), more when the two are not yet tied (no shared member, no acquaintance
between members, no collaboration, no history), a little for a shared area or theme and for
being 地縁 and 区民活動; two groups with a history of conflict never share a table. Tables are
dealt sector by sector (so that each has a mix), then improved by swapping groups between
tables while the sum of the pairs' scores at each table grows.

Pure functions over plain data: ids and codes, never names (the page names them).

>>> a = Invited("a", "chien", needs=frozenset({"hands"}))
>>> b = Invited("b", "civic", offers=frozenset({"hands"}))
>>> plan([a, b], tied={}, conflicts=set(), size=4)["tables"]
[['a', 'b']]
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import combinations, product
from typing import Mapping

SIZES = (4, 6)  # the smallest and largest table
FIRST_PAIR = frozenset({"chien", "civic"})  # 地縁 and 区民活動: the pair the seeds say rarely meets
POINTS = {"need_offer": 3, "no_tie": 2, "same_area": 1, "same_theme": 1, "first_pair": 1, "tied": 0}
SECTOR_ORDER = ("chien", "civic", "business", "intermediary", "public")
PASSES = 20


@dataclass(frozen=True)
class Invited:
    id: str
    sector: str | None = None
    areas: frozenset = field(default_factory=frozenset)
    themes: frozenset = field(default_factory=frozenset)
    needs: frozenset = field(default_factory=frozenset)
    offers: frozenset = field(default_factory=frozenset)


def reasons(a: Invited, b: Invited, tied: Mapping[frozenset, tuple]) -> list[dict]:
    """Why `a` and `b` should meet, as codes with their values (words: service/wording.py);
    a pair already tied says how (`tied`: pair → the ways, as ties_between.cypher names them),
    so that nobody is introduced to partners of ten years as if to strangers."""
    found = [{"code": "need_offer", "needs": x.id, "offers": y.id, "capabilities": sorted(x.needs & y.offers)}
             for x, y in ((a, b), (b, a)) if x.needs & y.offers]
    pair = frozenset((a.id, b.id))
    if found:
        found.append({"code": "tied", "how": sorted(tied[pair])} if pair in tied else {"code": "no_tie"})
    if a.areas & b.areas:
        found.append({"code": "same_area", "areas": sorted(a.areas & b.areas)})
    if a.themes & b.themes:
        found.append({"code": "same_theme", "themes": sorted(a.themes & b.themes)})
    if {a.sector, b.sector} == FIRST_PAIR:
        found.append({"code": "first_pair"})
    return found


def score(found: list[dict]) -> int:
    """A pair's points: each need met counts, each other reason once."""
    return sum(POINTS[r["code"]] * (len(r["capabilities"]) if r["code"] == "need_offer" else 1) for r in found)


def plan(groups: list[Invited], tied: Mapping[frozenset, tuple], conflicts: set[frozenset], size: int = 5,
         seating: dict[str, int] | None = None) -> dict:
    """Tables (lists of ids) and, at each, the pairs worth introducing (best first, with their
    reasons). `seating` (id → table number from 1) keeps a coordinator's own seating instead
    of choosing one. `conflicts` are never seated together when a seating exists that avoids
    them; those that could not be avoided are said in `conflicts_seated`."""
    size = min(max(size, SIZES[0]), SIZES[1])
    by_id = {g.id: g for g in groups}
    pair_reasons = {frozenset((a.id, b.id)): reasons(a, b, tied) for a, b in combinations(groups, 2)}
    points = {pair: score(found) for pair, found in pair_reasons.items()}
    if seating:
        tables = _kept(groups, seating)
    else:
        needs_met = {pair: any(r["code"] == "need_offer" for r in found) for pair, found in pair_reasons.items()}
        tables = _improved(_dealt(groups, size, conflicts | set(tied), points), conflicts, points,
                           {g.id: g.sector for g in groups}, needs_met, tied)
    pairs = []
    for number, table in enumerate(tables, 1):
        worth = [(points[frozenset((a, b))], a, b) for a, b in combinations(table, 2)
                 if any(r["code"] == "need_offer" for r in pair_reasons[frozenset((a, b))])]
        for value, a, b in sorted(worth, key=lambda x: (-x[0], x[1], x[2])):
            pairs.append({"table": number, "a": a, "b": b, "score": value, "reasons": pair_reasons[frozenset((a, b))]})
    seated_apart = [sorted(pair) for pair in conflicts if any(pair <= set(t) for t in tables)]
    return {"tables": tables, "pairs": pairs, "conflicts_seated": sorted(seated_apart),
            "sectors": [[by_id[g].sector for g in table] for table in tables], "size": size}


# ---------------------------------------------------------------------------------------
def _dealt(groups: list[Invited], size: int, conflicts: set[frozenset], points: dict) -> list[list[str]]:
    """A first seating: as many tables as fill each to about `size` (at most SIZES[1]), each
    group (sector by sector, so that every table gets a mix) at the table where it adds most,
    without a conflict, not full."""
    count = max(1, len(groups) // size)  # no table below the size asked where it can be helped …
    while math.ceil(len(groups) / count) > SIZES[1]:  # … and none above the largest
        count += 1
    base, larger = divmod(len(groups), count)  # tables differ by one group at most: 18 at 4 is 5, 5, 4, 4 (not 5, 5, 5, 3)
    capacity = [base + (i < larger) for i in range(count)]
    tables: list[list[str]] = [[] for _ in range(count)]
    sectors: list[dict] = [{} for _ in range(count)]
    order = sorted(groups, key=lambda g: (SECTOR_ORDER.index(g.sector) if g.sector in SECTOR_ORDER else 9, g.id))
    for group in order:
        def fit(i: int):
            clash = any(frozenset((group.id, other)) in conflicts for other in tables[i])
            gain = sum(points.get(frozenset((group.id, other)), 0) for other in tables[i])
            return (clash, sectors[i].get(group.sector, 0), -gain, len(tables[i]), i)
        best = min((i for i in range(count) if len(tables[i]) < capacity[i]), key=fit)
        tables[best].append(group.id)
        sectors[best][group.sector] = sectors[best].get(group.sector, 0) + 1
    return tables


def _improved(tables: list[list[str]], conflicts: set[frozenset], points: dict,
              sector_of: dict[str, str | None], needs_met: dict, tied: Mapping[frozenset, tuple] = {}) -> list[list[str]]:
    """Swap groups of two tables while it makes the plan better: fewer conflicts seated
    together first, then more tables with a pair to introduce (someone who has what another
    needs: every table has its talk, not one table all of them), then more tables where 地縁
    and 区民活動 meet, then more groups with such a pair at their table, then fewer pairs
    already tied at one table (they know each other: the event is for meeting someone new),
    then more points. One group for one first; when no such swap helps and a table has no
    pair, two for two (a pair moves to a table without one only together); stops when neither
    helps (or after PASSES)."""
    def value(table: list[str]) -> tuple[int, int, int, int, int, int]:
        pairs = [frozenset(p) for p in combinations(table, 2)]
        met = {g for p in pairs if points.get(p, 0) >= POINTS["need_offer"] and needs_met.get(p) for g in p}
        return (-sum(p in conflicts for p in pairs), int(bool(met)), int(FIRST_PAIR <= {sector_of[g] for g in table}),
                len(met), -sum(p in tied for p in pairs), sum(points.get(p, 0) for p in pairs))

    def swapped(size: int) -> bool:  # for each two tables, the first swap of `size` groups each way that helps
        better = False
        for i, j in combinations(range(len(tables)), 2):
            if size > 1 and value(tables[i])[1] and value(tables[j])[1]:
                continue  # two for two: only to give a table without a pair one
            before = _add(value(tables[i]), value(tables[j]))
            for xs, ys in product(combinations(tables[i], size), combinations(tables[j], size)):
                a = [g for g in tables[i] if g not in xs] + list(ys)
                b = [g for g in tables[j] if g not in ys] + list(xs)
                if _add(value(a), value(b)) > before:
                    tables[i], tables[j], better = a, b, True
                    break
        return better

    for _ in range(PASSES):
        if swapped(1):
            continue
        if not any(value(table)[1] == 0 for table in tables) or not swapped(2):  # two for two: for a table without a pair
            break
    return [sorted(t) for t in tables]


def _add(a: tuple, b: tuple) -> tuple:
    return tuple(x + y for x, y in zip(a, b))


def _kept(groups: list[Invited], seating: dict[str, int]) -> list[list[str]]:
    """The coordinator's seating: table numbers as given, the unseated at the smallest table."""
    count = max([n for n in seating.values() if n >= 1] or [1])
    tables: list[list[str]] = [[] for _ in range(count)]
    for group in groups:
        number = seating.get(group.id)
        if number and 1 <= number <= count:
            tables[number - 1].append(group.id)
    for group in groups:
        if not seating.get(group.id) or not 1 <= seating[group.id] <= count:
            min(tables, key=len).append(group.id)
    return [sorted(t) for t in tables if t]
