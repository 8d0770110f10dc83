"""The projection of a version is loaded from Neo4j once per machine: kept on disk by the first
process (0600, ids and numbers only), read by the others; a damaged snapshot is ignored, and
older versions' snapshots are removed."""
import stat
import time

from service import projections, snapshots
from service.analysis.projection import Projection
from service.graph import Graph


def _same(a: Projection, b: Projection) -> bool:
    return (a.ids, a.nodes, a.edges, a.version, sorted(a.graph.get_edgelist())) == \
        (b.ids, b.nodes, b.edges, b.version, sorted(b.graph.get_edgelist()))


def test_one_process_loads_the_others_read(config, demo, tmp_path):
    kept = {**config, "TSUNAGU_HOME": str(tmp_path)}
    with Graph(kept) as first, Graph(kept) as second:
        loaded = projections.current(first)
        files = list((tmp_path / "snapshots").glob("projection-*.pickle"))
        assert len(files) == 1 and stat.S_IMODE(files[0].stat().st_mode) == 0o600
        assert "田中" not in files[0].read_bytes().decode("latin-1")  # no names on disk
        assert _same(projections.current(second), loaded)
    # what another process kept for this version is what a new process uses
    stand_in = Projection.from_ties([{"id": "x", "type": "Person"}], [], loaded.version)
    snapshots.write(kept, stand_in)
    with Graph(kept) as third:
        assert projections.current(third).ids == ["x"]
    # a damaged snapshot is read from Neo4j again, and rewritten
    files[0].write_bytes(b"not a pickle")
    with Graph(kept) as fourth:
        assert _same(projections.current(fourth), loaded)
    assert snapshots.read(kept, loaded.version) is not None


def test_older_versions_are_forgotten(config, tmp_path):
    kept = {**config, "TSUNAGU_HOME": str(tmp_path)}
    for version in ("v1", "v2", "v3"):
        time.sleep(0.05)  # newer by the file's clock, which may tick in milliseconds
        snapshots.write(kept, Projection.from_ties([{"id": version, "type": "Group"}], [], version))
    assert snapshots.read(kept, "v1") is None
    assert [snapshots.read(kept, v).ids for v in ("v2", "v3")] == [["v2"], ["v3"]]
    assert len(list((tmp_path / "snapshots").iterdir())) == snapshots.KEEP


def test_what_a_process_prepares_before_anyone_asks(config, demo, tmp_path):
    from service import questions
    with Graph({**config, "TSUNAGU_HOME": str(tmp_path)}) as process:
        questions.prepare(process)  # what the background watch of each process does (service/db.py)
        version = process.version()
        assert process.caches.projections.peek(("projection", version)) is not None
        prepared = process.caches.answers.peek(("communities", version, (None, None)))
        assert prepared is not None and prepared["items"]
        assert questions.network_communities(process, questions.TODAY) is prepared  # served as prepared
