"""A bounded load on the main read endpoints: gunicorn on loopback, 50 concurrent connections
for 60 s, each sending an API token; for each worker model asked (sync workers, or gthread
workers with threads), and once more with clients that send back the ETag they were given
(a dashboard polling: 304 when nothing changed).

    .venv/bin/python bench/load_bench.py [--seconds 60 --connections 50 --models sync:2 sync:4 gthread:2x4]

Prints throughput, p50/p99 latency per endpoint and the error count (which must be 0), and
first the same measure on /api/health (no database work beyond one query) as the baseline of
this machine at this moment: these machines are shared and noisy.
"""
from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import wardscale  # noqa: E402
from service import precompute  # noqa: E402
from service.cli.serve import worker_class  # noqa: E402
from service.seed import load_demo  # noqa: E402

READS = [
    "/api/summary", "/api/search?q=%E3%81%A1%E3%82%87%E3%81%86%E3%81%8B%E3%81%84", "/api/groups/g-chokai-toyotama",
    "/api/groups/g-shakyo", "/api/people/p-001", "/api/bridging?limit=20",
    "/api/partners?group=g-chokai-toyotama&need=cap-wakamono", "/api/who-knows-whom?from=p-001&to=g-univ",
    "/api/gaps", "/api/maps/network?sector=chien", "/api/collaborations/c-care-cafe",
]


WARM_SECONDS = 15


def run_load(port: int, token: str, urls: list[str], seconds: float, connections: int,
             revalidate: bool = False) -> dict:
    results: dict[str, list[float]] = {url: [] for url in urls}
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        tags: dict[str, str] = {}
        while time.monotonic() < stop:
            url = rng.choice(urls)
            started = time.perf_counter()
            try:
                sent = {**headers, **({"If-None-Match": tags[url]} if revalidate and url in tags else {})}
                connection.request("GET", url, headers=sent)
                response = connection.getresponse()
                response.read()
                status = 200 if response.status == 304 else response.status
                if response.getheader("ETag"):
                    tags[url] = response.getheader("ETag")
            except (OSError, http.client.HTTPException) as err:
                status = f"{type(err).__name__}"
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                if status == 200:
                    results[url].append(elapsed)
                else:
                    errors.append(f"{url}: {status}")
        connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"seconds": time.monotonic() - started, "results": results, "errors": errors}


def report(label: str, measured: dict) -> float:
    every = sorted(t for times in measured["results"].values() for t in times)
    throughput = len(every) / measured["seconds"]
    print(f"\n{label}: {len(every):,} requests in {measured['seconds']:.0f} s = {throughput:.1f} req/s, "
          f"p50 {_pct(every, 50):.0f} ms, p99 {_pct(every, 99):.0f} ms, errors {len(measured['errors'])}")
    if len(measured["results"]) > 1:
        print(f"  {'endpoint':<62} {'n':>6} {'p50 ms':>8} {'p99 ms':>8}")
        for url, times in measured["results"].items():
            times.sort()
            print(f"  {url[:62]:<62} {len(times):>6} {_pct(times, 50):>8.0f} {_pct(times, 99):>8.0f}")
    for error in sorted(set(measured["errors"]))[:10]:
        print("  error:", error)
    return throughput


def _pct(values: list[float], percent: float) -> float:
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(len(values) * percent / 100))]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--models", nargs="+", default=["sync:2", "sync:4", "gthread:2x4"],
                        help="worker models: sync:WORKERS or gthread:WORKERSxTHREADS")
    args = parser.parse_args()
    summary = []
    with tempfile.TemporaryDirectory() as tmp, wardscale.local_neo4j(Path(tmp) / "home") as (config, graph):
        load_demo(graph)
        precompute.refresh(graph, force=True)  # as after an import: not left to the workers during the timing
        token = wardscale.staff_token(graph)
        for model in args.models:
            summary.append((model, *_measure(model, config, token, args)))
    print(f"\n{'worker model':<14} {'health req/s':>12} {'reads req/s':>12} {'ratio':>6} {'p99 ms':>7} "
          f"{'errors':>7} {'revalidated req/s':>18}")
    for model, base, throughput, p99, errors, revalidated in summary:
        print(f"{model:<14} {base:>12.0f} {throughput:>12.0f} {throughput / base:>6.2f} {p99:>7.0f} {errors:>7} "
              f"{revalidated:>18.0f}")
    print("targets: 0 errors, p99 < 250 ms, reads >= 0.6x /api/health")


def _measure(model: str, config: dict, token: str, args) -> tuple:
    kind, _, size = model.partition(":")
    workers, _, threads = size.partition("x")
    with serve(config, int(workers), threads=int(threads) if kind == "gthread" else None) as (port, _server):
        for url in READS:  # each worker loads the projection and compiles its plans on its first questions
            for _ in range(int(workers) * 2):
                run_load(port, token, [url], 0.01, 1)
        # and Neo4j compiles its hot paths under load: without this, whichever model ran first
        # was measured on a colder Neo4j (20–40 % fewer reads than the same model run second)
        run_load(port, token, READS, WARM_SECONDS, args.connections)
        print(f"\ngunicorn {model}, {args.connections} connections, demo network")
        base = report("baseline /api/health, 10 s", run_load(port, token, ["/api/health"], 10, args.connections))
        measured = run_load(port, token, READS, args.seconds, args.connections)
        throughput = report(f"main read endpoints, {args.seconds:.0f} s", measured)
        every = sorted(t for times in measured["results"].values() for t in times)
        again = run_load(port, token, READS, args.seconds / 2, args.connections, revalidate=True)
        revalidated = report(f"the same, clients sending back their ETags, {args.seconds / 2:.0f} s", again)
        return base, throughput, _pct(every, 99), len(measured["errors"]) + len(again["errors"]), revalidated


@contextmanager
def serve(config: dict, workers: int, threads: int | None = None, **environment: str):
    """gunicorn on a free loopback port with `workers` sync workers (gthread with `threads`),
    against the benchmark's Neo4j; yields (port, the server process) once it answers."""
    port = _free_port()
    env = {**os.environ, "NEO4J_URI": config["NEO4J_URI"], "NEO4J_USER": config["NEO4J_USER"],
           "NEO4J_PASSWORD": config["NEO4J_PASSWORD"], "TSUNAGU_SECRET_KEY": "load-bench-" + "k" * 32,
           "TSUNAGU_DB_TIMEOUT": "10", "TSUNAGU_HOME": config["TSUNAGU_HOME"], **environment}
    gunicorn = Path(sys.executable).parent / "gunicorn"
    command = [str(gunicorn), "--workers", str(workers), "--bind", f"127.0.0.1:{port}", "--timeout", "120",
               "--log-level", "warning"]
    command += worker_class(threads or 1)
    server = subprocess.Popen(command + ["service:create_app()"], env=env)
    try:
        _wait(port)
        yield port, server
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait(port: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/health")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("gunicorn did not answer /api/health within 120 s")


if __name__ == "__main__":
    main()
