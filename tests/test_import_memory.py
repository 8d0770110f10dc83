"""An import too big for the database's transaction memory is refused with a clear message,
and nothing is written."""
from conftest import fingerprint
from service import localdb
from service.graph import Graph
from service.importer.read import Reading, Sheet
from service.importer.run import import_reading
from service.template import BY_STEM


def test_an_import_too_big_for_memory_is_reported_not_half_written(tmp_path):
    home = tmp_path / "small-heap"
    conn = localdb.start(home, tx_memory="16m")
    handle = Graph({"NEO4J_URI": conn.uri, "NEO4J_USER": conn.user, "NEO4J_PASSWORD": conn.password,
                    "NEO4J_DATABASE": "neo4j", "DB_TIMEOUT": 3})
    driver = handle.driver
    try:
        before = fingerprint(driver)
        people = [(i + 2, {"id": f"m-{i}", "name": "名前" * 40, "visibility": "internal"})
                  for i in range(100_000)]
        reading = Reading([Sheet(BY_STEM["people"], "people.csv", ["id", "name", "visibility"], people)], [])
        report = import_reading(handle, reading)
        assert not report.ok
        assert report.problems[0].code == "too_large_transaction"
        assert "TSUNAGU_NEO4J_HEAP" in report.problems[0].fix_en
        assert fingerprint(driver) == before
    finally:
        handle.close()
        localdb.stop(home)
