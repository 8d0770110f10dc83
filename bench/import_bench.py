"""Import throughput at ward scale: Tsunagu's batched one-transaction import against a
row-at-a-time import (one statement per row, as a naive loader does) in the same run.

    .venv/bin/python bench/import_bench.py [--people 50000 --knows 300000]

Runs its own Neo4j in a temporary home. Prints rows/s of both and their ratio.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import wardscale  # noqa: E402
from service import cypher, schema  # noqa: E402
from service.importer.read import read_path  # noqa: E402
from service.importer.run import import_path  # noqa: E402
from service.importer.validate import check  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    wardscale.add_size_arguments(parser)
    parser.add_argument("--heap", default=None, help="Java heap of the benchmark Neo4j (default TSUNAGU_NEO4J_HEAP)")
    parser.add_argument("--baseline-rows", type=int, default=3_000,
                        help="rows imported one at a time for the baseline rate")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        counts = wardscale.write(tmp / "files", args.people, args.groups, args.knows)
        total = sum(counts.values())
        print(f"generated {total:,} rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        with wardscale.local_neo4j(tmp / "home", heap=args.heap) as (_config, graph):
            schema.apply(graph)
            started = time.perf_counter()
            report = import_path(graph, tmp / "files", 200_000_000)
            batched_seconds = time.perf_counter() - started
            assert report.ok, report.problems[:5]
            batched_rate = report.rows / batched_seconds
            print(f"batched import (check + one transaction): {report.rows:,} rows in "
                  f"{batched_seconds:.1f} s = {batched_rate:,.0f} rows/s")

            baseline_rate = _row_at_a_time(graph.driver, tmp / "files", args.baseline_rows)
            print(f"row-at-a-time import of {args.baseline_rows:,} KNOWS rows: {baseline_rate:,.0f} rows/s")
            print(f"ratio batched / row-at-a-time: {batched_rate / baseline_rate:.1f}x")
            print(f"target: whole ward-scale set under 60 s -> {'met' if batched_seconds < 60 else 'NOT met'} "
                  f"({batched_seconds:.1f} s)")


def _row_at_a_time(driver, folder: Path, rows: int) -> float:
    """Re-import the first `rows` KNOWS rows, one auto-commit statement per row."""
    reading = read_path(folder, 200_000_000)
    reading.sheets = [s for s in reading.sheets if s.spec.stem == "knows"]
    reading.sheets[0].rows = reading.sheets[0].rows[:rows]
    checked = check(reading, lambda label, ids: set(ids))
    spec, typed = checked.batches[0]
    text = cypher.load(f"import/{spec.statement}")
    started = time.perf_counter()
    with driver.session(database="neo4j") as session:
        for row in typed:
            session.run(text, rows=[row]).consume()
    return len(typed) / (time.perf_counter() - started)


if __name__ == "__main__":
    main()
