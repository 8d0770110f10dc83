"""Neo4j killed in the middle of a large import: after a restart the graph is exactly as before."""
import os
import signal

import pytest
from neo4j.exceptions import DriverError, Neo4jError

from conftest import fingerprint
from service import localdb
from service.db import open_driver
from service.importer.read import Reading, Sheet
from service.importer.run import import_reading
from service.seed import load_demo
from service.template import BY_STEM


def test_kill_during_import_leaves_the_previous_graph(tmp_path):
    home = tmp_path / "kill-home"
    conn = localdb.start(home)
    config = {"NEO4J_URI": conn.uri, "NEO4J_USER": conn.user, "NEO4J_PASSWORD": conn.password,
              "DB_TIMEOUT": 3}
    try:
        driver = open_driver(config)
        load_demo(driver, "neo4j")
        before = fingerprint(driver)
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
            import_reading(driver, "neo4j", reading, progress=kill_after_first_batch)
        driver.close()
        assert killed
        assert localdb.status(home)["state"] == "stale"
        conn = localdb.start(home)
        driver = open_driver({**config, "NEO4J_URI": conn.uri, "NEO4J_PASSWORD": conn.password})
        assert fingerprint(driver) == before
        driver.close()
    finally:
        localdb.stop(home)
