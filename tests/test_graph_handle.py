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
