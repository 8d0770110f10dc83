"""The memory of the ward-scale service, as a coordinator uses it: gunicorn with N workers (of
TSUNAGU_THREADS threads, as `tsunagu up` serves) on the benchmark's Neo4j, the ward-scale set
imported through the API (so a worker imports it and its background analysis computes the
measures, on threads of its own), then every worker answering the
main pages for 30 s (each loads today's projection). Prints the peak resident memory of
each worker, of the master and of Neo4j, and — the target, < 4 GiB — the most that all of
them (and every process they started) held at the same moment, sampled every 0.2 s.

    .venv/bin/python bench/memory_bench.py [--workers 2 4] [--threads 4] [--heap 2g]

A worker's peak is the largest of: serving with the projection, importing, analysing.
"""
from __future__ import annotations

import argparse
import http.client
import io
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import load_bench  # noqa: E402
import wardscale  # noqa: E402
from service import localdb, precompute, settings  # noqa: E402

PAGES = ["/api/summary", "/api/groups/g-1", "/api/groups/g-1/candidates", "/api/bridging?limit=20",
         "/api/bridging?area=a-1", "/api/gaps", "/api/gaps?area=a-1", "/api/partners?group=g-1",
         "/api/who-knows-whom?from=g-1&to=g-5", "/api/paths?from=g-1&to=g-7", "/api/communities",
         "/api/maps/network?sector=chien"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--threads", type=int, default=int(settings.get("TSUNAGU_THREADS")),
                        help="threads per worker (default TSUNAGU_THREADS; 1: sync workers)")
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
                results.append((workers, *_measure(config, graph, workers, args.threads, upload)))
    print(f"\n{'workers':>7} {'each worker, peak GiB':>24} {'master':>7} {'Neo4j':>6} {'sum of peaks':>13} "
          f"{'together at once':>17}")
    for workers, each, master, neo4j, at_once in results:
        print(f"{workers:>7} {' '.join(f'{w:.2f}' for w in each):>24} {master:>7.2f} {neo4j:>6.2f} "
              f"{sum(each) + master + neo4j:>13.2f} {at_once:>17.2f}  (< 4 GiB: {'met' if at_once < 4 else 'NOT met'})")


def _measure(config: dict, graph, workers: int, threads: int, upload: bytes) -> tuple:
    admin = wardscale.staff_token(graph, "bench-admin", role="admin")
    staff = wardscale.staff_token(graph)
    neo4j = localdb.status(Path(config["TSUNAGU_HOME"]))["pid"]
    with load_bench.serve(config, workers, threads=threads) as (port, server), \
            Together(server.pid, neo4j) as together:
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
        return each, wardscale.peak_memory(server.pid), wardscale.peak_memory(neo4j), together.peak


class Together(threading.Thread):
    """Every 0.2 s, the resident memory of the gunicorn master, of every process under it (the
    workers, and anything they start) and of Neo4j, summed: `peak` is
    the most the machine held for the service at one moment."""

    def __init__(self, master: int, neo4j: int):
        super().__init__(daemon=True)
        self.master, self.neo4j, self.peak = master, neo4j, 0.0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.2):
            pids = [self.master, self.neo4j, *wardscale.descendants(self.master)]
            self.peak = max(self.peak, sum(wardscale.resident_memory(pid) for pid in pids))

    def __enter__(self) -> "Together":
        self.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stopped.set()
        self.join()


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
