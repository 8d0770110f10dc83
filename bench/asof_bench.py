"""Questions asked `as_of` a date against the same questions without it, at ward scale, in
the same process (these machines are shared and noisy: the ratio is what counts).

    .venv/bin/python bench/asof_bench.py [--people 50000 --knows 300000 --requests 20]

Target (issue #8): as-of latency within twice the latency without as_of. The first as-of
request of a day builds that day's network (kept for the last 8 days asked) and bridging
for that day is computed, not stored: both are printed apart as "first". The same for
`min_confidence=0.5` on today's network, after the KNOWS ties of strength 2 (about a third)
were marked as last confirmed in 2020 (so they fade and are left out).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import wardscale  # noqa: E402
from service import create_app  # noqa: E402
from service.importer.run import import_path  # noqa: E402
from service import precompute  # noqa: E402

AS_OF = "2021-01-01"  # before the generated KNOWS ties begin (2021-06-01): a different network


def main() -> None:
    parser = argparse.ArgumentParser()
    wardscale.add_size_arguments(parser)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, wardscale.local_neo4j(Path(tmp) / "home") as (config, graph):
        counts = wardscale.write(Path(tmp) / "files", args.people, args.groups, args.knows)
        print("ward scale: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        assert import_path(graph, Path(tmp) / "files", 200_000_000).ok
        graph.driver.execute_query("MATCH ()-[k:KNOWS]->() WHERE k.strength % 2 = 0 SET k.confirmed = date('2020-01-01')")
        app = create_app({**config, "TESTING": True})
        precompute.refresh(graph, force=True)
        client = app.test_client()
        client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {wardscale.staff_token(graph)}"
        client.get("/api/paths?from=p-0&to=p-1")  # reads the network into this process
        rng = random.Random(3)
        questions = {
            "candidates": lambda: f"/api/groups/g-{rng.randrange(args.groups)}/candidates?limit=10",
            "paths": lambda: f"/api/paths?from=p-{rng.randrange(args.people)}&to=p-{rng.randrange(args.people)}",
            "gaps?area": lambda: f"/api/gaps?area=a-{rng.randrange(40)}",
            "bridging": lambda: "/api/bridging?limit=20",
            "maps/ego": lambda: f"/api/maps/ego/g-{rng.randrange(args.groups)}",
        }
        print(f"\n{'question':<12} {'p50 now':>9} {'first as-of':>12} {'p50 as-of':>10} {'ratio':>6}"
              f" {'first sure':>11} {'p50 sure':>9} {'ratio':>6}  target ≤ 2")
        met = True
        for name, url in questions.items():
            now = statistics.median(wardscale.timed_gets(client, url, args.requests))
            line = f"{name:<12} {now:>8.1f}ms"
            for extra in (f"as_of={AS_OF}", "min_confidence=0.5"):
                first = wardscale.timed_gets(client, lambda: _with(url(), extra), 1)[0]
                then = statistics.median(wardscale.timed_gets(client, lambda: _with(url(), extra), args.requests))
                met &= then / now <= 2
                line += f" {first:>10.0f}ms {then:>8.1f}ms {then / now:>6.2f}"
            print(line)
        print(f"\ntarget {'met' if met else 'NOT met'} (as_of={AS_OF}; min_confidence=0.5)")


def _with(url: str, parameter: str) -> str:
    return url + ("&" if "?" in url else "?") + parameter


if __name__ == "__main__":
    main()
