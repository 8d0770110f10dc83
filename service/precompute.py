"""Whole-graph measures, computed once per graph version in the background and stored.

地域の顔役 (service/analysis/brokerage.py) needs the whole network: it is computed after an
import (and whenever the stored measures describe an older graph) by one process at a time —
a lease in Neo4j decides which — and stored as numbers and ids: on the people for the whole
ward, and as ranked lists for each area and theme; the gaps of the ward and of each area follow
(service/gaps_answers.py), and the counts of 協働の成果's 自走 (service/impact.py). Every
process then answers from what is stored, at once; while a new computation runs, the previous
measures are served and said to describe an older version of the network (`fresh: false`),
and when it fails, that it failed (`failed`; the error itself goes to the log). A question
never computes and writes them.

The betweenness part runs on `TSUNAGU_ANALYSIS_THREADS` threads of the process (each takes a
share of the places as sources; the parts add up exactly: service/analysis/betweenness.py).
"""
from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from typing import Callable

from . import gaps_answers, impact, projections
from .analysis import brokerage
from .analysis.betweenness import Between
from .analysis.projection import Projection
from .lang import _

log = logging.getLogger(__name__)
LEASE_SECONDS = 60   # a lease ends this long after its holder last renewed it: a process stopped while
RENEW_SECONDS = 15   # analysing (a restart, a deploy) holds no one up for long; the holder renews it this often,
LONGEST_SECONDS = 1800  # for this long at most: an analysis stuck (a call that never returns) lets another compute
BATCH = 10_000
WHY_FOR = 100         # the top people whose "without them" pair is measured
CUT_OFF_FOR = 200     # the top people whose cut-off parts are found
FORMAT = 5            # of what is stored: measures stored in another format are recomputed (3: areas' points; 4: gaps' partners_in; 5: gaps' conflict)


def status(graph) -> dict:
    """What the stored measures describe, and whether they describe the current graph (in
    this version's format), the lists of the areas and themes too (`lists_fresh`: stored after
    the ward's, so an analysis ended between the two leaves the ward's fresh and the lists not)."""
    row = graph.state()
    fresh = row["analysed_version"] == row["version"] and row["format"] == FORMAT
    lists_fresh = fresh and row["lists_version"] == row["version"]
    return {"computed_at": row["analysed"], "method": row["method"], "seconds": row["seconds"],
            "graph_version": row["analysed_version"], "fresh": fresh, "running": row["analysing"],
            "lists_fresh": lists_fresh,
            # an analysis of this version failed before storing everything, and none runs again now
            "failed": row["failed_version"] == row["version"] and not row["analysing"] and not lists_fresh}


def refresh(graph, force: bool = False, progress: Callable[[str], None] = lambda _m: None) -> dict | None:
    """Compute and store the measures of the current graph, unless they are stored already
    (or another process is computing them: then None). The ward's are stored first (and
    served from then on), the lists of each area and theme after them; when only the lists
    are missing (the last analysis ended between the two), only they and the gaps are."""
    holder = uuid.uuid4().hex

    def hold() -> bool:  # take the lease, or renew it (still computing or storing)
        return bool(graph.write("precompute/take_lease", holder=holder, seconds=LEASE_SECONDS))

    if not hold():
        return None
    renewing = _Renewal(hold)
    version = None
    try:
        version = graph.version()
        state = status(graph)
        if not force and state["lists_fresh"]:
            return {"people": None, "method": None, "seconds": 0.0, "skipped": True}
        started = time.perf_counter()
        progress(_("顔役スコアを計算しています"))
        projection = projections.current(graph)
        evidence = brokerage.Evidence()
        between = Between(*brokerage.evidence_graph(projection, evidence), threads_of(graph))
        reach = brokerage.reach_of(projection, evidence)
        ward = force or not state["fresh"]  # else only the lists (and gaps) were missing
        if ward:
            rows = ranked(projection, evidence, between=between, reach=reach, details=True)
            seconds = round(time.perf_counter() - started, 2)
            if renewing.lost:
                return None
            with graph.transaction() as tx:
                stored = [storable(r) for r in rows]
                tx.run("precompute/clear_bridging", forget=dict.fromkeys(PREFIX + name for name in STORED + FORMER),
                       ranked=dict.fromkeys((row["id"] for row in stored), True))
                for start in range(0, len(stored), BATCH):
                    tx.run("precompute/store_bridging", rows=stored[start:start + BATCH])
                tx.run("precompute/store_version", version=version, format=FORMAT, method="exact", seconds=seconds)
        ward_seconds = round(time.perf_counter() - started, 2)
        lists = _lists(projection, evidence, between, reach)
        if renewing.lost:
            return None
        graph.write("precompute/store_lists", version=version,
                    rows=[{"id": f"bridging-{kind}:{key}", "ranked": json.dumps(items)} for (kind, key), items in lists.items()])
        lists_seconds = round(time.perf_counter() - started - ward_seconds, 2)
        progress(_("すき間を計算しています"))
        if renewing.lost:
            return None
        stored_gaps = gaps_answers.store_all(graph, projection, version, threads_of(graph))
        impact.store_self_running(graph, projection)
        return {"people": len(rows) if ward else None, "method": "exact", "seconds": ward_seconds, "lists": len(lists),
                "lists_seconds": lists_seconds, "gaps": stored_gaps,
                "gaps_seconds": round(time.perf_counter() - started - ward_seconds - lists_seconds, 2)}
    except Exception:
        if version is not None:
            _mark_failed(graph, version)
        raise
    finally:
        renewing.stop()
        graph.write("precompute/release_lease", holder=holder)


class _Renewal:
    """Renews the lease (`hold`) every RENEW_SECONDS from a thread of its own while the
    analysis runs, so that the lease can be short; `stop` waits for a renewal under way, so
    that none takes the lease again after it is released."""
    def __init__(self, hold: Callable[[], bool]):
        self._hold, self._stopped = hold, threading.Event()
        self._thread = threading.Thread(target=self._beat, name="tsunagu-analysis-lease", daemon=True)
        self._thread.start()

    lost = False  # another process took the lease (this one could not renew it in time), or this one
    #               ran past LONGEST_SECONDS and let it go: store nothing more

    def _beat(self) -> None:
        until = time.monotonic() + LONGEST_SECONDS
        while not self._stopped.wait(RENEW_SECONDS):
            if time.monotonic() > until:
                log.warning("analysis still running after %s s: its lease is left to lapse", LONGEST_SECONDS)
                self.lost = True
                return
            try:
                self.lost = self.lost or not self._hold()
            except Exception as err:  # Neo4j away for a moment: the next beat tries again
                log.info("analysis lease not renewed: %s", err)

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join()


def _mark_failed(graph, version: str) -> None:
    """Say that the analysis of `version` failed (pages then stop promising new measures);
    the caller raises the error itself, which goes to the log."""
    try:
        graph.write("precompute/mark_failed", version=version)
    except Exception as err:  # Neo4j away: what failed is the error the caller raises
        log.info("failed analysis not marked: %s", err)


def threads_of(graph) -> int:
    """How many threads an analysis may use (TSUNAGU_ANALYSIS_THREADS)."""
    return max(1, int(graph.config.get("ANALYSIS_THREADS", 1)))


def ranked(projection: Projection, evidence: brokerage.Evidence, places: list[int] | None = None,
           threads: int = 1, details: bool = False, between: Between | None = None,
           reach: brokerage.Reach | None = None) -> list[dict]:
    """brokerage.compute, its betweenness spread over `threads` (or computed by `between`),
    with the places each person belongs to; with `details`, the parts cut off without the top
    people and the pair they join that would grow farther."""
    between = between or Between(*brokerage.evidence_graph(projection, evidence), threads)
    chosen = projection.places if places is None else places
    rows = brokerage.compute(projection, evidence, places, between=between.of(chosen), reach=reach)
    network = between.graph
    neighbours = network.get_adjlist()
    is_place = [node["type"] in ("Group", "Event") for node in projection.nodes]
    for row in rows:
        row["groups"] = [brokerage.place(projection, u) for u in neighbours[row["vertex"]] if is_place[u]]
    if details:
        cut_vertices = set(network.cut_vertices())
        for position, row in enumerate(rows):
            row["cut_off"] = (brokerage.cut_off(network, projection, row["vertex"])
                              if position < CUT_OFF_FOR and row["vertex"] in cut_vertices else [])
        whys = between.map(lambda row: brokerage.why(between, projection, row["vertex"]), rows[:WHY_FOR])
        for position, row in enumerate(rows):
            row["why"] = whys[position] if position < WHY_FOR else None
    return rows


def refresh_in_background(graph) -> threading.Thread:
    """Start `refresh` in a thread of this process (after an import, say) and return it."""
    def work():
        try:
            refresh(graph)
        except Exception:  # a failed computation leaves the previous measures served
            log.exception("background analysis failed")

    thread = threading.Thread(target=work, name="tsunagu-analysis", daemon=True)
    thread.start()
    return thread


def watch(graph, interval: float, warm: Callable[[object], None] = lambda _graph: None) -> threading.Thread | None:
    """Every `interval` seconds: `warm` what this process keeps per version (the app passes
    questions.prepare: today's projection and clusters; after a start, an import or a change
    by another process, so that the first question is answered from memory), and compute the
    measures if they describe an older graph — at most one process computes, the lease
    decides which."""
    if interval <= 0:
        return None

    def loop():
        while True:
            try:
                warm(graph)
            except Exception as err:
                log.info("answers not prepared ahead: %s", err)
            try:
                stale = not status(graph)["lists_fresh"]
            except Exception as err:  # Neo4j away for a while: try again next time
                log.info("background analysis skipped: %s", err)
                stale = False
            if stale:
                try:
                    refresh(graph)
                except Exception:  # pages say it failed and point to this log: the whole traceback
                    log.exception("background analysis failed")
            time.sleep(interval)

    thread = threading.Thread(target=loop, name="tsunagu-analysis-watch", daemon=True)
    thread.start()
    return thread


PREFIX = "bridging_"
STORED = ("score", "rank", "between", "liaison", "representative", "coordinator", "itinerant", "first_pair",
          "places", "pairs", "points_between", "points_sectors", "detail")
FORMER = ("betweenness", "betweenness_normalized", "constraint", "groups", "sectors", "areas")  # before 2026-11


def storable(row: dict) -> dict:
    """A ranked row for cypher/precompute/store_bridging: numbers as bridging_* properties, the
    rest (the places reached and joined, the parts cut off, the pair that would grow farther:
    ids only) as JSON in bridging_detail."""
    values = {**{name: row[name] for name in STORED[:9]}, **_points(row),
              "pairs": [row["pairs"].get(key, 0) for key in brokerage.PAIRS],
              "detail": json.dumps({"reach": row["reach"], "own_sectors": row["own_sectors"],
                                    "groups": row.get("groups", []), "cut_off": row.get("cut_off", []),
                                    "why": row.get("why")}, ensure_ascii=False)}
    return {"id": row["id"], "measures": {PREFIX + name: values[name] for name in STORED}}


def stored(row: dict) -> dict | None:
    """A person's measures as stored ({id, measures: [name, value] pairs}, the columns of
    cypher/analysis/bridging_list) as a row of plain names; None when they have none, or only
    some stored in an older format (until the analysis, which notices it, has run again)."""
    measures = {name[len(PREFIX):]: value for name, value in row["measures"]}
    if any(measures.get(name) is None for name in STORED if name != "detail"):
        return None
    return {**measures, "id": row["id"], "detail": json.loads(measures.get("detail") or "{}")}


# ---------------------------------------------------------------------------------------
LISTED = ("id", "score", "rank", "between", "liaison", "representative", "first_pair",
          "points_between", "points_sectors")  # an area's own points: its score is their sum


def _points(row: dict) -> dict:
    """The two parts of a ranked row's score, as they are stored."""
    return {"points_between": row["points"]["between"], "points_sectors": row["points"]["sectors"]}


def _places_by(projection: Projection, field: str) -> dict[str, list[int]]:
    """The places (groups) of each area or theme; an area counts its sub-areas' groups too
    (projection nodes carry every area a group is active in, up the 地域 → 地区 tree)."""
    found: dict[str, list[int]] = {}
    for v in projection.groups:
        for key in projection.nodes[v].get(field) or []:
            found.setdefault(key, []).append(v)
    return found


def listed_places(projection: Projection) -> list[tuple[tuple[str, str], list[int]]]:
    """Each area and theme that has a ranked list, as (("area" | "theme", its id), its places)."""
    return ([(("area", key), places) for key, places in _places_by(projection, "areas").items()]
            + [(("theme", key), places) for key, places in _places_by(projection, "themes").items()])


def _lists(projection: Projection, evidence: brokerage.Evidence, between: Between,
           reach: brokerage.Reach) -> dict[tuple[str, str], list[list]]:
    """The ranked people of each area and each theme, among its places only."""
    chosen = listed_places(projection)
    values = between.of_each([places for _key, places in chosen])
    return {key: _listed(brokerage.rank(projection, evidence, places, between=found, reach=reach))
            for (key, places), found in zip(chosen, values)}


def _listed(ranking: brokerage.Ranking) -> list[list]:
    """A list's people as rows of LISTED, made column by column (no dict per person)."""
    return [list(values) for values in zip(*(ranking.column(name) for name in LISTED))]
