"""Import throughput at ward scale: Tsunagu's batched one-transaction import against a
row-at-a-time import (one statement per row, as a naive loader does) in the same run; where
the time goes (reading, checking, writing each file); replacing the network with --prune and
restoring a backup; the upload page (preview, then import, as a coordinator does it) against
the command line on the same ward-scale workbook; the peak memory of Neo4j and of this process.

    .venv/bin/python bench/import_bench.py [--people 50000 --knows 300000] [--no-page | --page-only]

Runs its own Neo4j in a temporary home. Prints rows/s of both and their ratio.
"""
from __future__ import annotations

import argparse
import csv
import io
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import wardscale  # noqa: E402
from service import backup, cypher, localdb, schema  # noqa: E402
from service.importer.read import read_path  # noqa: E402
from service.importer.run import import_path  # noqa: E402
from service.importer.validate import check  # noqa: E402
from service.importer.write import write  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    wardscale.add_size_arguments(parser)
    parser.add_argument("--heap", default=None, help="Java heap of the benchmark Neo4j (default TSUNAGU_NEO4J_HEAP)")
    parser.add_argument("--baseline-rows", type=int, default=3_000,
                        help="rows imported one at a time for the baseline rate")
    parser.add_argument("--no-page", action="store_true", help="leave out the upload page against the command line")
    parser.add_argument("--page-only", action="store_true", help="only the upload page against the command line")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        counts = wardscale.write(tmp / "files", args.people, args.groups, args.knows)
        total = sum(counts.values())
        print(f"generated {total:,} rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        with wardscale.local_neo4j(tmp / "home", heap=args.heap) as (config, graph):
            schema.apply(graph)
            if args.page_only:
                _page_against_command_line(config, graph, tmp)
                _peak_memory(tmp / "home")
                return
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
            print(f"ratio target >= 40x: {'met' if batched_rate / baseline_rate >= 40 else 'NOT met'}; "
                  f"whole set under 20 s: {'met' if batched_seconds < 20 else 'NOT met'} ({batched_seconds:.1f} s)")
            _where_the_time_goes(graph, tmp / "files")
            _replace_and_restore(graph, tmp)
            if not args.no_page:
                _page_against_command_line(config, graph, tmp)
            _peak_memory(tmp / "home")


def _where_the_time_goes(graph, folder: Path) -> None:
    """The same import again (every row already there), phase by phase."""
    started = time.perf_counter()
    reading = read_path(folder, 200_000_000)
    read_s = time.perf_counter() - started

    def existing(label, ids):
        return {r["id"] for r in graph.read("import/existing_ids", label=label, ids=ids)}
    started = time.perf_counter()
    checked = check(reading, existing)
    check_s = time.perf_counter() - started
    marks = {}
    started = time.perf_counter()
    write(graph, checked.batches, progress=lambda stem, _n: marks.__setitem__(stem, time.perf_counter()))
    write_s = time.perf_counter() - started
    previous, slowest = started, []
    for stem, mark in marks.items():
        slowest.append((mark - previous, stem))
        previous = mark
    files = ", ".join(f"{stem} {seconds:.1f} s" for seconds, stem in sorted(slowest, reverse=True)[:4])
    print(f"where the time goes (again, rows already there): reading {read_s:.1f} s, checking {check_s:.1f} s, "
          f"writing {write_s:.1f} s ({files}, …)")


def _replace_and_restore(graph, tmp: Path) -> None:
    """--prune with a tenth of the KNOWS ties gone from the files, then restore a backup."""
    smaller = tmp / "smaller"
    smaller.mkdir()
    for path in (tmp / "files").iterdir():
        (smaller / path.name).write_bytes(path.read_bytes())
    with open(tmp / "files" / "knows.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    with open(smaller / "knows.csv", "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([rows[0]] + [r for i, r in enumerate(rows[1:]) if i % 10])
    archive = tmp / "backup.zip"
    backup.write(graph, archive)
    started = time.perf_counter()
    report = import_path(graph, smaller, 200_000_000, prune=True)
    prune_s = time.perf_counter() - started
    assert report.ok, report.problems[:5]
    print(f"import --prune: {report.pruned.get('knows', 0):,} KNOWS deleted, {prune_s:.1f} s in all "
          f"(< 60 s: {'met' if prune_s < 60 else 'NOT met'})")
    started = time.perf_counter()
    backup.restore(graph, archive, 500_000_000)
    restore_s = time.perf_counter() - started
    print(f"restore of the ward-scale backup: {restore_s:.1f} s (< 60 s: {'met' if restore_s < 60 else 'NOT met'})")


def _page_against_command_line(config: dict, graph, tmp: Path) -> None:
    """The same ward-scale workbook imported into an emptied network twice: as `tsunagu import`
    does it (read, check, write), and through the upload page as a coordinator does it (the
    preview, which reads, checks and compares with the network, then 取り込む, polled until
    done). Target: the page within 10 % of the command line."""
    from service import create_app
    workbook = tmp / "ward.xlsx"
    started = time.perf_counter()
    _workbook(tmp / "files", workbook)
    print(f"\nward-scale workbook: {workbook.stat().st_size / 1e6:.1f} MB, written in {time.perf_counter() - started:.1f} s")
    limit = 200_000_000
    _empty(graph)
    started = time.perf_counter()
    report = import_path(graph, workbook, limit)
    command_line = time.perf_counter() - started
    assert report.ok, report.problems[:5]
    _empty(graph)
    app = create_app({**config, "TESTING": True, "STAFF_IMPORT": "true", "IMPORT_MAX_BYTES": limit})
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {wardscale.staff_token(graph)}"
    data = workbook.read_bytes()
    started = time.perf_counter()
    checked = client.post("/api/data/import", data={"file": (io.BytesIO(data), "ward.xlsx")},
                          content_type="multipart/form-data")
    preview = time.perf_counter() - started
    body = checked.get_json()
    assert checked.status_code == 200 and body["token"], body.get("problems", body)[:3]
    assert client.post(f"/data/import/{body['token']}", headers={"Accept": "application/json"}).status_code == 202
    while True:
        status = client.get(f"/api/data/import/{body['token']}").get_json()
        if status["state"] not in ("staged", "writing"):
            break
        time.sleep(0.2)
    page = time.perf_counter() - started
    assert status["state"] == "done", status
    ratio = page / command_line
    print(f"command line (tsunagu import): {command_line:.1f} s; upload page: preview {preview:.1f} s, "
          f"preview + import {page:.1f} s")
    print(f"ratio page / command line: {ratio:.2f} (target <= 1.10: {'met' if ratio <= 1.10 else 'NOT met'})")
    for thread in threading.enumerate():  # the analysis the page's import started, before Neo4j stops
        if thread.name == "tsunagu-analysis":
            thread.join()


def _empty(graph) -> None:
    with graph.driver.session(database="neo4j") as session:  # in batches: auto-commit only
        session.run(cypher.load("admin/delete_network")).consume()


def _workbook(folder: Path, path: Path) -> None:
    """The ward-scale CSV files as one workbook, a sheet per file (streamed: write-only)."""
    from openpyxl import Workbook
    workbook = Workbook(write_only=True)
    for csv_path in sorted(folder.glob("*.csv")):
        sheet = workbook.create_sheet(csv_path.stem)
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                sheet.append(row)
    workbook.save(path)


def _peak_memory(home: Path) -> None:
    """Peak resident memory of the local Neo4j (its JVM, from /proc) and of this process."""
    neo4j = wardscale.peak_memory(localdb.status(home).get("pid"))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2
    total = neo4j + own
    print(f"peak memory: Neo4j {neo4j:.2f} GiB, this process (import, checks) "
          f"{own:.2f} GiB, together {total:.2f} GiB (< 4 GiB: {'met' if total < 4 else 'NOT met'})")


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
