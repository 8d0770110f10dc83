"""Neo4j killed in the middle of a large import: after a restart the graph is exactly as before."""
import os
import signal

import pytest
from neo4j.exceptions import DriverError, Neo4jError

from conftest import fingerprint
from service import localdb
from service.graph import Graph
from service.importer.read import Reading, Sheet
from service.importer.run import import_reading
from service.seed import load_demo
from service.template import BY_STEM


def test_kill_during_import_leaves_the_previous_graph(tmp_path):
    home = tmp_path / "kill-home"
    conn = localdb.start(home)
    config = {"NEO4J_URI": conn.uri, "NEO4J_USER": conn.user, "NEO4J_PASSWORD": conn.password,
              "NEO4J_DATABASE": "neo4j", "DB_TIMEOUT": 3}
    try:
        handle = Graph(config)
        load_demo(handle)
        before = fingerprint(handle.driver)
        pid = localdb.status(home)["pid"]
        people = [(i + 2, {"id": f"k-{i}", "name": f"大量 {i}", "visibility": "internal"})
                  for i in range(60_000)]
        reading = Reading([Sheet(BY_STEM["people"], "people.csv", ["id", "name", "visibility"], people)], [])
        killed = []

        def kill_after_first_batch(_stem, _count):
            if not killed:
                os.kill(pid, signal.SIGKILL)
                killed.append(True)

        with pytest.raises((DriverError, Neo4jError)):
            import_reading(handle, reading, progress=kill_after_first_batch)
        handle.close()
        assert killed
        assert localdb.status(home)["state"] == "stale"
        conn = localdb.start(home)
        with Graph({**config, "NEO4J_URI": conn.uri, "NEO4J_PASSWORD": conn.password}) as handle:
            assert fingerprint(handle.driver) == before
    finally:
        localdb.stop(home)
