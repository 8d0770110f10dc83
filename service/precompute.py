"""Whole-graph measures, computed once per graph version in the background and stored.

Bridging (地域の顔役) needs the whole network: it is computed after an import (and at start,
or whenever the stored measures describe an older graph) by one process at a time — a
lease in Neo4j decides which — and stored on the people as numbers and ids. Every process
then answers from what is stored, at once; while a new computation runs, the previous
measures are served and said to be from an older version of the network (`fresh: false`).
A question never computes and writes them.
"""
from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from typing import Callable

from . import projections
from .lang import _
from .analysis import bridging

log = logging.getLogger(__name__)
LEASE_SECONDS = 900
BATCH = 10_000


def settings(graph) -> dict:
    return {"exact_max": int(graph.config.get("BRIDGING_EXACT_MAX", 5000)),
            "samples": int(graph.config.get("BRIDGING_SAMPLES", 1000))}


def status(graph) -> dict:
    """What the stored measures describe, and whether they describe the current graph."""
    row = graph.read_one("precompute/status")
    return {"computed_at": row["computed_at"], "method": row["method"], "seconds": row["seconds"],
            "graph_version": row["graph_version"], "fresh": row["graph_version"] == graph.version(),
            "running": row["running"]}


def refresh(graph, force: bool = False, progress: Callable[[str], None] = lambda _m: None) -> dict | None:
    """Compute and store the measures of the current graph, unless they are stored already
    (or another process is computing them: then None)."""
    holder = uuid.uuid4().hex
    if not graph.write("precompute/take_lease", holder=holder, seconds=LEASE_SECONDS):
        return None
    try:
        version = graph.version()
        if not force and status(graph)["graph_version"] == version:
            return {"people": None, "method": None, "seconds": 0.0, "skipped": True}
        started = time.perf_counter()
        progress(_("顔役スコアを計算しています"))
        projection = projections.current(graph)
        rows = [storable(r) for r in bridging.compute(projection, **settings(graph))]
        method = rows[0]["method"] if rows else "exact"
        with graph.transaction() as tx:
            for start in range(0, len(rows), BATCH):
                tx.run("precompute/store_bridging", rows=rows[start:start + BATCH])
            tx.run("precompute/clear_bridging", ids=[r["id"] for r in rows])
            tx.run("precompute/store_version", version=version, method=method,
                   seconds=round(time.perf_counter() - started, 2))
        return {"people": len(rows), "method": method, "seconds": round(time.perf_counter() - started, 2)}
    finally:
        graph.write("precompute/release_lease", holder=holder)


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


def watch(graph, interval: float) -> threading.Thread | None:
    """Every `interval` seconds, compute the measures if they describe an older graph (a
    restart after an import made elsewhere, a change by another process): at most one
    process computes, the lease decides which."""
    if interval <= 0:
        return None

    def loop():
        while True:
            try:
                if not status(graph)["fresh"]:
                    refresh(graph)
            except Exception as err:  # Neo4j away for a while: try again next time
                log.info("background analysis skipped: %s", err)
            time.sleep(interval)

    thread = threading.Thread(target=loop, name="tsunagu-analysis-watch", daemon=True)
    thread.start()
    return thread


def storable(result: dict) -> dict:
    """A row of bridging.compute for cypher/precompute/store_bridging: numbers as properties,
    the rest (group ids, sectors, the parts cut off) as JSON."""
    return {"id": result["id"], "score": result["score"], "betweenness": result["betweenness"],
            "betweenness_normalized": result["betweenness_normalized"], "constraint": result["constraint"],
            "groups": result["groups"], "sectors": result["sectors"], "areas": result["areas"],
            "rank": result["rank"], "method": result["method"],
            "detail": json.dumps({"bridges": result["bridges"], "cut_off": result["cut_off"],
                                  "method": result["method"]}, ensure_ascii=False)}
