"""The one Neo4j driver of this process, and the helpers every question uses.

`init_app` resolves where Neo4j is (NEO4J_URI, or the local instance it starts), opens
one driver, verifies it, applies the schema and closes the driver when the process exits.
"""
from __future__ import annotations

import atexit
import logging
from pathlib import Path
from typing import Any, Callable

from flask import Flask, current_app
from neo4j import Driver, GraphDatabase, RoutingControl
from neo4j.exceptions import ServiceUnavailable

from . import cypher, localdb, schema, search

log = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    driver = open_driver(app.config, progress=log.info)
    app.extensions["neo4j"] = driver
    app.extensions["schema_applied"] = False
    atexit.register(driver.close)
    try:
        driver.verify_connectivity()
        ensure_schema(app)
    except ServiceUnavailable as err:  # serve anyway: health answers 503 until Neo4j is back
        log.warning("Neo4j is not reachable yet: %s", err)

    @app.before_request
    def _schema_once():
        if not app.extensions["schema_applied"]:
            ensure_schema(app)


def open_driver(config: dict, progress: Callable[[str], None] = lambda _m: None) -> Driver:
    """A driver for NEO4J_URI, or for the local Neo4j of TSUNAGU_HOME (started if needed)."""
    if config.get("NEO4J_URI"):
        uri, user, password = config["NEO4J_URI"], config["NEO4J_USER"], config.get("NEO4J_PASSWORD") or ""
    else:
        conn = localdb.start(Path(config["TSUNAGU_HOME"]), progress=progress)
        uri, user, password = conn.uri, conn.user, conn.password
    # A quarter of the budget to start retrying (one retry, about 1 s later) and half to
    # connect: a request answers 503 within DB_TIMEOUT when Neo4j is gone.
    timeout = float(config.get("DB_TIMEOUT", 2))
    return GraphDatabase.driver(
        uri, auth=(user, password), connection_timeout=timeout / 2,
        connection_acquisition_timeout=timeout, max_transaction_retry_time=timeout / 4,
        notifications_min_severity="OFF", user_agent="tsunagu")


def ensure_schema(app: Flask) -> None:
    schema.apply(app.extensions["neo4j"], app.config["NEO4J_DATABASE"])
    search.backfill(app.extensions["neo4j"], app.config["NEO4J_DATABASE"])
    app.extensions["schema_applied"] = True


def driver() -> Driver:
    return current_app.extensions["neo4j"]


def database() -> str:
    return current_app.config["NEO4J_DATABASE"]


def read(name: str, **params: Any) -> list[dict]:
    """Run the read statement cypher/<name>.cypher; rows as plain dicts."""
    records, _, _ = driver().execute_query(
        cypher.load(name), params, routing_=RoutingControl.READ, database_=database())
    return [record.data() for record in records]


def write(name: str, **params: Any) -> list[dict]:
    """Run the write statement cypher/<name>.cypher; rows as plain dicts."""
    records, _, _ = driver().execute_query(
        cypher.load(name), params, routing_=RoutingControl.WRITE, database_=database())
    return [record.data() for record in records]


def read_once(name: str, **params: Any) -> list[dict]:
    """Like read(), but without retries: for health checks that must answer fast."""
    with driver().session(database=database(), default_access_mode="READ") as session:
        return [record.data() for record in session.run(cypher.load(name), params)]
