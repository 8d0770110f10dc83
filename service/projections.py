"""Loading the projection of the network (service/analysis/projection.py) from Neo4j, once
per graph version: kept by the process's Graph handle, and on disk for the other processes of
the machine (service/snapshots.py).

The projection holds ids and numbers (and the dates and kinds of ties), never names: names
are applied per request by service/privacy.py.
"""
from __future__ import annotations

import gc
import logging
import threading
from typing import Iterator

from . import snapshots
from .analysis.projection import Projection

log = logging.getLogger(__name__)
_loading: set[tuple[int, str]] = set()
_loading_lock = threading.Lock()


def current(graph, as_of: str | None = None, min_confidence: float | None = None) -> Projection:
    """The network of today (or as of a day, at least as sure as asked), for this version."""
    version = graph.version()
    today = graph.caches.projections.get(("projection", version), lambda: load(graph, version))
    return today.at(as_of, min_confidence, graph.fade_days)


def in_memory(graph, as_of: str | None = None, min_confidence: float | None = None) -> Projection | None:
    """The projection of this version if this process has it, else None — and then it starts
    loading it in a thread (once per version), so that questions Cypher can answer are not
    kept waiting while it loads (at ward scale: seconds, after an import or a restart)."""
    version = graph.version()
    today = graph.caches.projections.peek(("projection", version))
    if today is not None:
        return today.at(as_of, min_confidence, graph.fade_days)
    key = (id(graph.caches), version)
    with _loading_lock:
        if key in _loading:
            return None
        _loading.add(key)

    def work():
        try:
            current(graph)
        except Exception as err:  # Neo4j away: the next question that needs it will load it
            log.info("projection not loaded ahead: %s", err)
        finally:
            with _loading_lock:
                _loading.discard(key)

    threading.Thread(target=work, name="tsunagu-projection", daemon=True).start()
    return None


def load(graph, version: str) -> Projection:
    """The snapshot another process of this machine kept of this version (service/snapshots.py),
    or else read from Neo4j and kept as a snapshot for the others."""
    projection = snapshots.read(graph.config, version)
    if projection is None:
        projection = read(graph, version)
        snapshots.write(graph.config, projection)
    # Two million objects that live as long as the version: out of the collector's way, or its
    # full collections walk them all (pauses of 100–200 ms at ward scale, the slowest answers
    # of a worker). They are freed by reference counting when the version is replaced.
    gc.freeze()
    return projection


def read(graph, version: str) -> Projection:
    """Read every person, group and tie in one read transaction (parallel lists: one row is
    far faster to receive than a row per item)."""
    with graph.transaction(write=False) as tx:
        nodes = _rows(tx.columns("analysis/projection_nodes"))
        edges = _rows(tx.columns("analysis/projection_edges"))
    return Projection.from_ties(nodes, ((e["source"], e["target"], e) for e in edges), version)


def _rows(columns: dict) -> Iterator[dict]:
    """Parallel lists → dicts, one at a time (the projection keeps a tuple per tie, not the
    dict); the '' and 0 that stood in for null become None again."""
    keys = list(columns)
    return ({k: (None if v in ("", 0) and not isinstance(v, bool) else v) for k, v in zip(keys, row)}
            for row in zip(*columns.values()))
