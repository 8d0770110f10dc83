"""One handle to the graph: the driver, the database, the caches and who is reading.

Every part of Tsunagu — pages, the API, the command line, background work — reaches Neo4j
through a `Graph`: `read` and `write` run one statement of cypher/ by name with parameters,
`transaction` runs several in one transaction. The app factory makes one per process (a
Neo4j driver is a connection pool: one per process); each request gets a copy bound to its
reader (`for_reader`), which shares the driver and the caches.

A local Neo4j (no NEO4J_URI) may be restarted while the app runs, possibly on another
port: when a connection fails, the handle looks up where the local instance now answers
and reconnects (service/localdb.py keeps a home's port across restarts anyway).
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from neo4j import Driver, GraphDatabase, Query, RoutingControl
from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError
from neo4j import graph as bolt

from . import cypher, localdb
from .analysis.answers import AnswerCache
from .privacy import Reader

_GONE = (ServiceUnavailable, SessionExpired)


@dataclass
class _Pool:
    """The driver and where it points; shared by every copy of a Graph, replaced on reconnect."""
    driver: Driver
    uri: str
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class Caches:
    """What a process keeps between requests, keyed by graph version: projections of the
    network (ids and numbers only) and answers computed from them. Two projections: the
    current version's and, while requests that began before a change finish, the one before
    (each is 0.1–0.2 GiB at ward scale)."""
    projections: AnswerCache = field(default_factory=lambda: AnswerCache(size=2))
    answers: AnswerCache = field(default_factory=AnswerCache)


class Graph:
    def __init__(self, config: dict, progress: Callable[[str], None] = lambda _m: None,
                 reader: Reader | None = None):
        self.config = config
        self.database: str = config.get("NEO4J_DATABASE") or "neo4j"
        self.home: Path | None = None if config.get("NEO4J_URI") else Path(config["TSUNAGU_HOME"])
        self.timeout = float(config.get("DB_TIMEOUT", 2))
        self.query_timeout = float(config.get("QUERY_TIMEOUT", 60))
        self.fade_days = int(config.get("FADE_DAYS", 730))
        self.reader = reader or Reader("staff")
        self.caches = Caches()
        self._version_seen: tuple[int, dict] | None = None  # (thread, state): see `state`
        self._remembers_version = False
        uri, auth = self._where(progress)
        self._pool = _Pool(self._open(uri, auth), uri)

    # --- who reads ------------------------------------------------------------------------
    def for_reader(self, reader: Reader) -> "Graph":
        """The same handle (driver, caches) for another reader; a request's handle lends the
        state it read (the request's sign-in read it) to the handle of whoever signed in."""
        other = object.__new__(Graph)
        other.__dict__.update(self.__dict__)
        other.reader = reader
        other._version_seen = self._version_seen if self._remembers_version else None
        other._remembers_version = True
        return other

    # --- statements -----------------------------------------------------------------------
    @property
    def driver(self) -> Driver:
        return self._pool.driver

    def read(self, name: str, /, **params: Any) -> list[dict]:
        """Rows of the read statement cypher/<name>.cypher, as plain dicts."""
        return [_data(record) for record in self._records(name, params)]

    def read_one(self, name: str, /, **params: Any) -> dict | None:
        rows = self.read(name, **params)
        return rows[0] if rows else None

    def read_columns(self, name: str, /, **params: Any) -> dict:
        """The one row of a read statement that returns lists of plain values (no nodes or
        relationships), as Bolt delivered them (see `Transaction.columns`)."""
        return _plain(self._records(name, params))

    def write(self, name: str, /, **params: Any) -> list[dict]:
        """Rows of the write statement cypher/<name>.cypher, as plain dicts."""
        try:
            return self._retrying(lambda driver: _rows(driver.execute_query(
                self._query(name), params, routing_=RoutingControl.WRITE, database_=self.database)))
        finally:
            self._version_seen = None

    def ping(self, name: str) -> list[dict]:
        """A read statement tried once (again only when the local Neo4j moved): for health
        checks that must answer fast."""
        def once(driver: Driver) -> list[dict]:
            with driver.session(database=self.database, default_access_mode="READ") as session:
                return [record.data() for record in session.run(cypher.load(name))]
        try:
            return once(self.driver)
        except _GONE:
            if not self._reconnect_if_moved():
                raise
            return once(self.driver)

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator["Transaction"]:
        """One explicit transaction: committed when the block ends, rolled back (and nothing
        written) when it raises. Not retried: a failed import is reported, not run twice."""
        self._reconnect_if_moved()
        mode = "WRITE" if write else "READ"
        try:
            with self.driver.session(database=self.database, default_access_mode=mode,
                                     bookmark_manager=self.driver.execute_query_bookmark_manager) as session:
                with session.begin_transaction() as tx:
                    yield Transaction(tx)
                    tx.commit()
        finally:
            if write:  # the version read before the commit is no longer the graph's
                self._version_seen = None

    def version(self) -> str:
        """The graph's version stamp: changes whenever the network (not users, logs, surveys)
        changes. Part of the key of everything kept per version."""
        return self.state()["version"]

    def stamp(self) -> str | None:
        """Everything a question about today's network depends on besides the question: the
        graph's version, the mark of the last change of a name's visibility and when the
        stored analysis was last written. None while an analysis is storing (what it stores changes answers
        bit by bit)."""
        row = self.state()
        return None if row["analysing"] else f"{row['version']}|{row['shown']}|{row['analysed']}"

    def state(self, token: str | None = None, session: str | None = None, hours: float = 0.0) -> dict:
        """The graph's version and what its stored analysis describes
        (cypher/analysis/graph_state.cypher), in one round trip.

        A request's handle (`for_reader`) reads it once and answers the rest of the request
        with it (a page asked it two or three times: a round trip each), until it writes;
        another thread (a background analysis a request started) reads it afresh.

        Given the hash of an API `token` or the id of a sign-in `session` (live for `hours`),
        the same round trip says who is asking (`asking`, None when neither is live): signing
        a request in (service/auth/users.py) is the request's first read of the state, not
        a statement of its own — a quarter of the statements of a short read."""
        seen = self._version_seen
        asked = token is not None or session is not None
        if not asked and seen is not None and seen[0] == threading.get_ident():
            return seen[1]
        row = self.read("analysis/graph_state", token=token, session=session, hours=float(hours))[0]
        row["version"] = f"{row['version']}|{row['nodes']}|{row['ties']}"
        if self._remembers_version:
            self._version_seen = (threading.get_ident(), row)
        return row

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Graph":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # ---------------------------------------------------------------------------------------
    def _query(self, name: str) -> Query:
        return Query(cypher.load(name), timeout=self.query_timeout)

    def _records(self, name: str, params: dict) -> list:
        """The records of a read statement, run as an auto-commit transaction: one round trip
        to Neo4j (BEGIN, RUN and PULL sent together) where a managed transaction takes two
        (its COMMIT is a second), and a quarter to a half less of Neo4j's work for a short
        read. A request runs three to six of them; see docs/performance.md. They share the
        writes' bookmarks: on a cluster too, a read sees every write this process made before."""
        def once(driver: Driver) -> list:
            with driver.session(database=self.database, default_access_mode="READ",
                                bookmark_manager=driver.execute_query_bookmark_manager) as session:
                return list(session.run(self._query(name), params))
        return self._retrying(once)

    def _retrying(self, work: Callable[[Driver], Any]) -> Any:
        """Run `work` and try once more when it failed for a reason that may pass: a pooled
        connection that went stale, a deadlock, the local Neo4j restarted elsewhere. A local
        Neo4j that is not running fails at once (no point waiting)."""
        try:
            return work(self.driver)
        except TransientError:
            time.sleep(0.1)
            return work(self.driver)
        except _GONE:
            if self._reconnect_if_moved():
                return work(self.driver)
            if self.home is not None and localdb.status(self.home)["state"] != "running":
                raise
            time.sleep(0.2)
            return work(self.driver)

    def _reconnect_if_moved(self) -> bool:
        """For the local Neo4j: follow it when it was restarted on another port. True when
        the driver now points somewhere new."""
        if self.home is None:
            return False
        found = localdb.connection(self.home)
        if found is None or found.uri == self._pool.uri:
            return False
        with self._pool.lock:
            if found.uri != self._pool.uri:
                old = self._pool.driver
                self._pool.driver = self._open(found.uri, (found.user, found.password))
                self._pool.uri = found.uri
                old.close()
        return True

    def _where(self, progress) -> tuple[str, tuple[str, str]]:
        if self.home is None:
            return self.config["NEO4J_URI"], (self.config.get("NEO4J_USER") or "neo4j",
                                              self.config.get("NEO4J_PASSWORD") or "")
        conn = localdb.start(self.home, progress=progress)
        return conn.uri, (conn.user, conn.password)

    def _open(self, uri: str, auth: tuple[str, str]) -> Driver:
        # Half the budget to connect (the Bolt handshake included), all of it to wait for a
        # free connection, and no retries inside the driver (`_retrying` tries once more
        # itself, when there is a point): a request answers 503 within about DB_TIMEOUT when
        # Neo4j is gone or hangs (the local Neo4j sends keep-alives each second, so a hung
        # server is noticed within two).
        return GraphDatabase.driver(
            uri, auth=auth, connection_timeout=self.timeout / 2,
            connection_acquisition_timeout=self.timeout, max_transaction_retry_time=0,
            notifications_min_severity="OFF", user_agent="tsunagu")


class Transaction:
    """A transaction that runs statements of cypher/ by name."""

    def __init__(self, tx):
        self.tx = tx

    def run(self, name: str, /, **params: Any) -> list[dict]:
        return [_data(record) for record in self.tx.run(cypher.load(name), params)]

    def run_one(self, name: str, /, **params: Any) -> dict | None:
        rows = self.run(name, **params)
        return rows[0] if rows else None

    def columns(self, name: str, /, **params: Any) -> dict:
        """The one row of a statement that returns lists of plain values (no nodes or
        relationships), as Bolt delivered them: `record.data()` would visit every value of the
        lists again — 3.9 million at ward scale, 5 s of the projection's 8. One row of lists
        is also far faster to receive than a row per item."""
        return _plain(list(self.tx.run(cypher.load(name), params)))


def _rows(result) -> list[dict]:
    records, _summary, _keys = result
    return [_data(record) for record in records]


def _data(record) -> dict:
    """What `record.data()` gives (nodes as their properties, relationships as (start, type,
    end), paths as lists) in a sixth of the time: the driver asks each of the thousand values
    of an answer's nested lists and maps whether it is an abstract Sequence or Mapping."""
    return {key: _value(value) for key, value in record.items()}


def _value(value):
    kind = type(value)
    if kind is list:
        return [_value(item) for item in value]
    if kind is dict:
        return {key: _value(item) for key, item in value.items()}
    if kind in _PLAIN:
        return value
    if isinstance(value, bolt.Node):
        return _value(dict(value))
    if isinstance(value, bolt.Relationship):
        return _value(dict(value.start_node)), type(value).__name__, _value(dict(value.end_node))
    if isinstance(value, bolt.Path):
        steps = [_value(value.start_node)]
        for relationship, node in zip(value.relationships, value.nodes[1:]):
            steps += [type(relationship).__name__, _value(node)]
        return steps
    return value  # times, dates, points: as they are


_PLAIN = (str, int, float, bool, type(None))


def _plain(records: list) -> dict:
    """The one record of a statement returning lists of plain values, without `data()`."""
    if len(records) != 1:
        raise ValueError(f"one row expected, {len(records)} received")
    return dict(records[0].items())
