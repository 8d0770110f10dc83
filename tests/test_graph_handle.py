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
