"""Latency of the four questions at ward scale; the two engines side by side for paths and
candidates (Cypher in Neo4j and igraph on the projection: the first answer of a process after
an import, and p50/p95 once warm), and the local brokerage in Cypher; the bridging computation
(igraph, C) against networkx (pure Python) on the same projection in the same run.

    .venv/bin/python bench/queries_bench.py [--people 50000 --knows 300000 --requests 40]

Runs its own Neo4j in a temporary home; requests go through the Flask app (test client).
"""
from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import networkx as nx  # noqa: E402
import wardscale  # noqa: E402
from service import create_app  # noqa: E402
from service.projections import current  # noqa: E402
from service.importer.run import import_path  # noqa: E402
from service import cypher_questions, precompute, projections  # noqa: E402
from service.analysis import brokerage, candidates, paths  # noqa: E402
from service.analysis.betweenness import Between  # noqa: E402
from service.graph import Graph  # noqa: E402
from service.questions import TODAY  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    wardscale.add_size_arguments(parser)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--samples", type=int, default=100,
                        help="sources for the igraph vs networkx comparison")
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        counts = wardscale.write(tmp / "files", args.people, args.groups, args.knows)
        print("generated: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        with wardscale.local_neo4j(tmp / "home") as (config, graph):
            report = import_path(graph, tmp / "files", 200_000_000)
            assert report.ok
            app = create_app({**config, "TESTING": True})
            client = app.test_client()
            client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {wardscale.staff_token(graph)}"
            started = time.perf_counter()
            info = precompute.refresh(graph, force=True)
            print(f"bridging precomputation after import: {time.perf_counter() - started:.1f} s "
                  f"({info['method']}, {info['people']:,} people; the ward's stored after {info['seconds']:.1f} s, "
                  f"{info['lists']} area and theme lists in {info['lists_seconds']:.1f} s more, "
                  f"the gaps of the ward and {info['gaps'] - 1} areas in {info['gaps_seconds']:.1f} s more)")
            _compare_betweenness(graph)
            groups = [f"g-{i}" for i in range(args.groups)]
            people = [f"p-{i}" for i in range(args.people)]
            _compare_engines(config, people, groups, args.requests)
            with app.app_context():  # the app's own process handle holds today's projection, as a warm worker
                projections.current(app.extensions["graph"])
            endpoints = {
                "bridging": lambda: "/api/bridging?limit=20",
                "bridging?area": lambda: f"/api/bridging?limit=20&area=a-{rng.randrange(40)}",
                "candidates": lambda: f"/api/groups/{rng.choice(groups)}/candidates?limit=10",
                "paths": lambda: f"/api/paths?from={rng.choice(people)}&to={rng.choice(people)}&k=3",
                "gaps?area": lambda: f"/api/gaps?area=a-{rng.randrange(40)}",
                "only-links?area": lambda: f"/api/bridging/only-links?area=a-{rng.randrange(40)}",
                "communities": lambda: "/api/communities",
            }
            print(f"{'endpoint':<14} {'p50 ms':>8} {'p95 ms':>8}  target")
            for name, url in endpoints.items():
                requests = args.requests if not name.endswith("?area") or name == "bridging?area" \
                    else max(5, args.requests // 4)
                wardscale.timed_gets(client, url, 3)  # the first answers (plans compiled) are timed above
                times = wardscale.timed_gets(client, url, requests)
                p95 = wardscale.p95(times)
                target = 100 if name in ("bridging", "bridging?area", "candidates", "paths", "gaps?area", "communities") else None
                verdict = "" if target is None else f"< {target} ms: {'met' if p95 < target else 'NOT met'}"
                print(f"{name:<14} {statistics.median(times):>8.1f} {p95:>8.1f}  {verdict}")
            _compare_with_networkx(graph, args.samples)
            print(f"peak memory of this process (the app with today's projection, and the analysis): "
                  f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2:.2f} GiB")


def _compare_engines(config: dict, people: list[str], groups: list[str], requests: int) -> None:
    """Paths and candidates by Cypher and by igraph on the same random questions: the first
    answer of a new process (a new handle: nothing in memory, Cypher's plans compiled), then
    p50/p95 of `requests` more. The first igraph answer includes loading the projection."""
    rng = random.Random(9)
    asked = {"paths": [(rng.choice(people), rng.choice(people)) for _ in range(requests + 1)],
             "candidates": [rng.choice(groups) for _ in range(requests + 1)]}
    print(f"{'question':<11} {'engine':<7} {'first s':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for question in ("paths", "candidates"):
        for engine in ("cypher", "igraph"):
            handle = Graph(config)
            times = []
            for item in asked[question]:
                started = time.perf_counter()
                if question == "paths" and engine == "cypher":
                    cypher_questions.introduction_paths(handle, TODAY, *item, 3, paths.LONGEST)
                elif question == "paths":
                    paths.shortest(projections.current(handle), *item, 3, paths.LONGEST)
                else:
                    rows = handle.read("analysis/candidates", group=item, need=None)
                    if engine == "cypher":
                        cypher_questions.collaboration_candidates(handle, TODAY, item, rows, 10)
                    else:
                        candidates.on_projection(projections.current(handle), item, rows, 10)
                times.append((time.perf_counter() - started) * 1000)
            handle.close()
            first, rest = times[0], sorted(times[1:])
            print(f"{question:<11} {engine:<7} {first / 1000:>8.2f} {statistics.median(rest):>8.1f} "
                  f"{wardscale.p95(rest):>8.1f}")
    handle = Graph(config)
    for label, area in (("first", "a-1"), ("kept", "a-1"), ("another", "a-2")):
        started = time.perf_counter()
        cypher_questions.only_links(handle, area=area)
        print(f"only links of an area ({label}): {time.perf_counter() - started:.2f} s")
    handle.close()


def _compare_betweenness(graph) -> None:
    """The ward's betweenness between places: igraph (the baseline, in this process), then the
    compiled count of service/analysis/betweenness.py on one thread and on
    TSUNAGU_ANALYSIS_THREADS (at least 2); the answers compared."""
    projection = current(graph)
    network, weights = brokerage.evidence_graph(projection, brokerage.Evidence())
    places = projection.places
    started = time.perf_counter()
    expected = network.betweenness(directed=False, sources=places, targets=places)
    baseline = time.perf_counter() - started
    Between(network).of(places[:2])  # compiled (or read from numba's cache) before it is timed
    timings = {}
    for threads in (1, max(2, precompute.threads_of(graph))):
        started = time.perf_counter()
        found = Between(network, None, threads).of(places)
        timings[threads] = time.perf_counter() - started
        worst = max(abs(a - b) for a, b in zip(found, expected)) / max(expected)
        assert worst < 1e-9, f"betweenness differs from igraph's by {worst:.2e} of the highest"
    print(f"ward betweenness between {len(places):,} places: igraph {baseline:.1f} s; compiled "
          + ", ".join(f"{n} thread{'s' if n > 1 else ''} {t:.1f} s (ratio {baseline / t:.2f})" for n, t in timings.items())
          + "; the same values")
    _compare_lists(projection, Between(network, None, max(2, precompute.threads_of(graph))))


def _compare_lists(projection, between: Between) -> None:
    """The betweenness of each area's and theme's places (the lists stored after the ward's):
    each list on its own (the baseline) against `of_each`, which searches once from a place
    in several lists; the answers compared."""
    lists = [places for _key, places in precompute.listed_places(projection)]
    started = time.perf_counter()
    expected = [between.of(places) for places in lists]
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    found = between.of_each(lists)
    shared = time.perf_counter() - started
    top = max((max(values, default=0.0) for values in expected), default=0.0) or 1.0
    worst = max(abs(a - b) for one, other in zip(found, expected) for a, b in zip(one, other)) / top
    assert worst < 1e-9, f"the lists' betweenness differs by {worst:.2e} of the highest"
    print(f"betweenness of {len(lists)} areas and themes ({sum(map(len, lists)):,} places, "
          f"{len({p for places in lists for p in places}):,} different), {between.threads} threads: "
          f"each on its own {baseline:.1f} s; searched once per place {shared:.1f} s "
          f"(ratio {baseline / shared:.2f}); the same values")


def _compare_with_networkx(graph, samples: int) -> None:
    projection = current(graph)
    graph = projection.graph
    sources = random.Random(1).sample(range(graph.vcount()), samples)
    t = time.perf_counter()
    graph.betweenness(sources=sources, directed=False)
    igraph_seconds = time.perf_counter() - t
    nx_graph = nx.Graph()
    nx_graph.add_nodes_from(range(graph.vcount()))
    nx_graph.add_edges_from(graph.get_edgelist())
    t = time.perf_counter()
    nx.betweenness_centrality_subset(nx_graph, sources=sources, targets=list(nx_graph), normalized=False)
    nx_seconds = time.perf_counter() - t
    print(f"betweenness from {samples} sources on {graph.vcount():,} vertices / {graph.ecount():,} edges: "
          f"igraph {igraph_seconds:.2f} s, networkx {nx_seconds:.2f} s, ratio {nx_seconds / igraph_seconds:.0f}x")


if __name__ == "__main__":
    main()
