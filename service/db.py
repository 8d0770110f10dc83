"""The app's handle to the graph (service/graph.py): one per process, made by the app
factory, with a copy per request bound to the reader that sign-in decided.

`init_app` opens the handle (NEO4J_URI, or the local Neo4j it starts), verifies it, applies
the schema, starts the background analysis watcher and closes the driver at exit.
"""
from __future__ import annotations

import atexit
import logging

from flask import Flask, current_app, g
from neo4j.exceptions import ServiceUnavailable

from . import clock, precompute, questions, schema, search
from .graph import Graph
from .privacy import Reader

log = logging.getLogger(__name__)
NOBODY = Reader("viewer")


def prepare(handle) -> None:
    """What each process keeps per version, made before anyone asks: the projection and the
    clusters, and the maps of everyone ホーム links to."""
    from .maps import build  # it asks this module for the request's handle: imported when first needed
    questions.prepare(handle)
    build.prepare(handle)


def init_app(app: Flask) -> None:
    handle = Graph(app.config, progress=log.info)
    app.extensions["graph"] = handle
    app.extensions["schema_applied"] = False
    atexit.register(handle.close)
    try:
        handle.driver.verify_connectivity()
        ensure_schema(app)
    except ServiceUnavailable as err:  # serve anyway: health answers 503 until Neo4j is back
        log.warning("Neo4j is not reachable yet: %s", err)
    precompute.watch(handle, float(app.config.get("ANALYSIS_INTERVAL", 0)), warm=prepare)

    @app.before_request
    def _schema_once():
        if not app.extensions["schema_applied"]:
            ensure_schema(app)


def ensure_schema(app: Flask) -> None:
    handle = app.extensions["graph"]
    schema.apply(handle)
    search.refresh(handle)
    check_clock(handle)
    app.extensions["schema_applied"] = True


def check_clock(handle: Graph) -> bool:
    """Whether Neo4j keeps the ward's clock. The local Neo4j is started with it; another one
    (NEO4J_URI) is told in its own configuration: until then Cypher's "today" begins nine
    hours late, and the log says what to set."""
    offset = handle.read_one("admin/clock")["offset"]
    if offset != clock.NEO4J_ZONE:
        log.warning("Neo4j keeps the time zone %s, the ward %s: set db.temporal.timezone=%s in "
                    "Neo4j's configuration (NEO4J_db_temporal_timezone in docker-compose.yml)",
                    offset, clock.NEO4J_ZONE, clock.NEO4J_ZONE)
    return offset == clock.NEO4J_ZONE


def graph() -> Graph:
    """The handle for this request, reading at the level of who asks."""
    if "graph" not in g:
        g.graph = current_app.extensions["graph"].for_reader(g.get("reader") or NOBODY)
    return g.graph


def set_reader(reader: Reader) -> None:
    """Who reads from now on in this request (sign-in, or an embed token). The new reader's
    handle keeps the graph's state the sign-in read (service/graph.py `state`)."""
    g.reader = reader
    previous = g.pop("graph", None)
    if previous is not None:
        g.graph = previous.for_reader(reader)
