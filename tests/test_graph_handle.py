"""The handle a request gets reads the graph version once for the request (a page asked it two
or three times: a round trip each), reads it again after writing, and never lends it to another
thread (a background analysis started by the request must see the graph as it is)."""
import threading

from service.privacy import Reader


def test_a_request_reads_the_version_once_until_it_writes(fresh_graph):
    graph = fresh_graph  # the demo and its stored measures are put back afterwards
    request = graph.for_reader(Reader("staff"))
    before = request.version()
    graph.write("import/bump_version")  # another process changes the network meanwhile
    assert request.version() == before  # one request, one version
    assert graph.version() != before  # the process's own handle always reads
    seen = []
    thread = threading.Thread(target=lambda: seen.append(request.version()))
    thread.start()
    thread.join()
    assert seen == [graph.version()]  # another thread reads afresh
    request.write("import/bump_version")
    assert request.version() == graph.version() != seen[0]  # after its own write: read again
    with request.transaction() as tx:
        tx.run("import/bump_version")
    assert request.version() == graph.version()


def test_rows_read_as_the_driver_gives_them(driver, demo):
    """Rows are converted without the driver's `record.data()` (a sixth of the time): the same
    values for nodes, relationships, paths, nested lists and maps, and dates."""
    from service.graph import _data
    records, _, _ = driver.execute_query(
        "MATCH p = (a:Person)-[r:KNOWS]->(b:Person) "
        "RETURN a, r, p, [a, {tie: [r], path: p, n: 1}] AS nested, date('2026-12-06') AS day, a.id AS id "
        "ORDER BY id LIMIT 5")
    assert len(records) == 5
    for record in records:
        assert _data(record) == record.data()


def test_signing_in_reads_the_graph_state_in_the_same_round_trip(app, accounts, demo, monkeypatch):
    """A request signed in by a token or a session reads who asks and the graph's state in one
    statement (a quarter of a short read's statements), and reads it once; a 304 costs nothing
    more. Revoking and disabling still take effect at the next request (tests/test_auth.py)."""
    from conftest import PASSWORD, signed_in
    from test_auth import _sign_in
    from service.graph import Graph
    ran = []
    real = Graph._records
    monkeypatch.setattr(Graph, "_records", lambda self, name, params: ran.append(name) or real(self, name, params))
    client = signed_in(app, accounts["staff"])
    first = client.get("/api/summary")
    assert first.status_code == 200 and ran.count("analysis/graph_state") == 1
    assert not any(name.startswith("auth/") for name in ran)
    ran.clear()
    assert client.get("/api/summary", headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    assert ran == ["analysis/graph_state"]
    browser = app.test_client()
    assert _sign_in(browser, "test-staff", PASSWORD).status_code == 302
    ran.clear()
    assert browser.get("/api/summary", headers={"Accept": "application/json"}).status_code == 200
    assert ran.count("analysis/graph_state") == 1 and not any(name.startswith("auth/") for name in ran)
    assert browser.get("/api/me").get_json()["name"] == "test-staff"
