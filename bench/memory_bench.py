"""The memory of the ward-scale service, as a coordinator uses it: gunicorn with N sync workers
on the benchmark's Neo4j, the ward-scale set imported through the API (so a worker imports it
and its background analysis computes the measures), then every worker answering the main
pages for 30 s (each loads today's projection). Prints the peak resident memory of each
worker, of the master and of Neo4j, and their sum against the 4 GiB target.

    .venv/bin/python bench/memory_bench.py [--workers 2 4] [--heap 2g]

A worker's peak is the largest of: serving with the projection, importing, analysing.
"""
from __future__ import annotations

import argparse
import http.client
import io
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import load_bench  # noqa: E402
import wardscale  # noqa: E402
from service import localdb, precompute  # noqa: E402

PAGES = ["/api/summary", "/api/groups/g-1", "/api/groups/g-1/candidates", "/api/bridging?limit=20",
         "/api/bridging?area=a-1", "/api/gaps", "/api/gaps?area=a-1", "/api/partners?group=g-1",
         "/api/who-knows-whom?from=g-1&to=g-5", "/api/paths?from=g-1&to=g-7", "/api/communities",
         "/api/maps/network?sector=chien"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--heap", default=None, help="Java heap of the benchmark Neo4j (default TSUNAGU_NEO4J_HEAP)")
    wardscale.add_size_arguments(parser)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        files = Path(tmp) / "files"
        sizes = wardscale.write(files, args.people, args.groups, args.knows)
        print("generated:", ", ".join(f"{k} {v:,}" for k, v in sizes.items()))
        upload = _zipped(files)
        for workers in args.workers:  # each on a Neo4j of its own: its peak is this run's
            with wardscale.local_neo4j(Path(tmp) / f"home-{workers}", heap=args.heap) as (config, graph):
                results.append((workers, *_measure(config, graph, workers, upload)))
    print(f"\n{'workers':>7} {'each worker, peak GiB':>28} {'master':>7} {'Neo4j':>6} {'together':>9}")
    for workers, each, master, neo4j in results:
        total = sum(each) + master + neo4j
        print(f"{workers:>7} {' '.join(f'{w:.2f}' for w in each):>28} {master:>7.2f} {neo4j:>6.2f} {total:>9.2f}"
              f"  (< 4 GiB: {'met' if total < 4 else 'NOT met'})")


def _measure(config: dict, graph, workers: int, upload: bytes) -> tuple[list[float], float, float]:
    admin = wardscale.staff_token(graph, "bench-admin", role="admin")
    staff = wardscale.staff_token(graph)
    with load_bench.serve(config, workers) as (port, server):
        started = time.monotonic()
        status, body = _post_import(port, admin, upload)
        if status != 201:
            raise SystemExit(f"the import answered {status}: {body[-600:]!r}")
        print(f"\n{workers} workers: imported through the API in {time.monotonic() - started:.1f} s")
        while not precompute.status(graph)["fresh"] or precompute.status(graph)["running"]:
            time.sleep(1)  # a worker's background analysis
        print(f"  measures stored {time.monotonic() - started:.1f} s after the upload began")
        served = load_bench.run_load(port, staff, PAGES, 30, 8)
        errors = served["errors"]
        print(f"  main pages for 30 s: {sum(len(t) for t in served['results'].values()):,} answers, "
              f"{len(errors)} errors {sorted(set(errors))[:3]}")
        children = [int(pid) for pid in Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()]
        each = sorted((wardscale.peak_memory(pid) for pid in children), reverse=True)
        neo4j = localdb.status(Path(config["TSUNAGU_HOME"]))["pid"]
        return each, wardscale.peak_memory(server.pid), wardscale.peak_memory(neo4j)


def _zipped(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.glob("*.csv")):
            archive.write(path, path.name)
    return buffer.getvalue()


def _post_import(port: int, token: str, data: bytes) -> tuple[int, bytes]:
    boundary = "tsunagu-bench-boundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ward.zip\"\r\n"
            f"Content-Type: application/zip\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    connection.request("POST", "/api/import", body=body, headers={
        "Authorization": f"Bearer {token}", "Content-Type": f"multipart/form-data; boundary={boundary}"})
    response = connection.getresponse()
    return response.status, response.read()


if __name__ == "__main__":
    main()
