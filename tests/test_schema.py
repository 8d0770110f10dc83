"""The schema: a unique id for every label of the domain model, applied idempotently."""
import pytest
from neo4j.exceptions import ConstraintError

from service import schema

LABELS = ["Person", "Group", "Collaboration", "Event", "Area", "Capability", "Theme"]


def _constraints(driver):
    records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type")
    return {(r["labelsOrTypes"][0], tuple(r["properties"]), r["type"]) for r in records}


def test_every_label_has_a_unique_id(app, driver):
    constraints = _constraints(driver)
    for label in LABELS:
        assert (label, ("id",), "UNIQUENESS") in constraints


def test_applying_twice_changes_nothing(driver, graph):
    before = _constraints(driver)
    schema.apply(graph)
    schema.apply(graph)
    assert _constraints(driver) == before


def test_indexes_for_the_filters_exist(app, driver):
    records, _, _ = driver.execute_query("SHOW INDEXES YIELD name, state")
    names = {r["name"]: r["state"] for r in records}
    for name in ("group_sector", "group_kind", "person_visibility", "collaboration_status"):
        assert names[name] == "ONLINE"


def test_duplicate_ids_are_refused(driver, demo):
    with pytest.raises(ConstraintError):
        driver.execute_query("CREATE (:Group {id: 'g-shakyo', name: '二重'})")


def test_workers_starting_together_on_a_new_database_all_start(driver, graph):
    """gunicorn's workers each apply the schema when they start: on a new database they create
    the same indexes at the same moment, and none may fail to start for it."""
    import threading
    dropped = ("audit_at", "group_sector", "group_kind", "person_visibility")
    for name in dropped:
        driver.execute_query(f"DROP INDEX {name} IF EXISTS")
    start, failures = threading.Barrier(4), []

    def worker():
        start.wait()
        try:
            schema.apply(graph)
        except Exception as err:  # the failure a worker would die of
            failures.append(err)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    records, _, _ = driver.execute_query("SHOW INDEXES YIELD name, state")
    states = {r["name"]: r["state"] for r in records}
    assert failures == [] and all(states.get(name) == "ONLINE" for name in dropped)
