"""tsunagu seed, import and export: data in and out."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import analyse, connect, fail, load_demo, main, say


@main.command("seed", help="Load the fictional demo network of Nerima (seed/demo/).")
@click.option("--if-empty", is_flag=True, help="Only when the database holds no nodes.")
def seed_command(if_empty: bool) -> None:
    with connect() as graph:
        load_demo(graph, if_empty)


@main.command("import", help="Import a folder of template CSV files, a .zip of them, or an .xlsx workbook.")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--check", "check_only", is_flag=True, help="Validate and report; write nothing.")
@click.option("--prune", is_flag=True,
              help="Also delete what the files present no longer contain (for a full export).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def import_command(path: Path, check_only: bool, prune: bool, as_json: bool) -> None:
    from ..importer.run import import_path
    graph = connect()
    bar = {}

    def on_checked(total: int) -> None:
        bar["bar"] = click.progressbar(length=total, label="書き込み中 / writing", file=sys.stderr)
        bar["bar"].__enter__()

    def progress(_stem: str, count: int) -> None:
        if "bar" in bar:
            bar["bar"].update(count)

    with graph:
        report = import_path(graph, path, graph.config["IMPORT_MAX_BYTES"], check_only=check_only, prune=prune,
                             progress=progress, on_checked=None if as_json else on_checked)
        if "bar" in bar:
            bar["bar"].__exit__(None, None, None)
            del bar["bar"]
        if report.ok and not report.checked_only:
            analyse(graph)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print_report(report)
    sys.exit(0 if report.ok else 1)


def print_report(report) -> None:
    if report.problems:
        click.echo(f"{len(report.problems)} 件の問題があります。何も書き込んでいません。/ "
                   f"{len(report.problems)} problem(s) found; nothing was written.", err=True)
        for found in report.problems:
            click.echo("  - " + found.line(), err=True)
        return
    files = ", ".join(f"{stem} {count}" for stem, count in report.files.items())
    if report.checked_only:
        click.echo(f"問題はありません({report.rows} 行)/ no problems ({report.rows} rows): {files}")
        return
    click.echo(f"読み込みました({report.rows} 行)/ imported {report.rows} rows: {files}")
    pruned = {k: v for k, v in report.pruned.items() if v}
    if pruned:
        click.echo("削除 / pruned: " + ", ".join(f"{k} {v}" for k, v in pruned.items()))


@main.command("analyse", help="Compute the bridging scores of the current network now (the app does it "
                              "in the background after imports; this waits for it).")
@click.option("--force", is_flag=True, help="Compute even when the stored scores are up to date.")
def analyse_command(force: bool) -> None:
    from .. import precompute
    with connect() as graph:
        info = precompute.refresh(graph, force=force, progress=say)
    if info is None:
        fail(RuntimeError("別のプロセスが計算中です。しばらくしてからもう一度 / another process is computing "
                          "the scores now; try again in a minute"))
    if info.get("skipped"):
        click.echo("顔役スコアは最新です / the bridging scores are up to date")
    else:
        click.echo(f"顔役スコアを計算しました / bridging scores computed for {info['people']} people "
                   f"in {info['seconds']} s ({info['method']})")


@main.command("export", help="Write the whole graph to DIR as template CSV files and tsunagu.xlsx.")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def export_command(directory: Path) -> None:
    from .. import export
    with connect() as graph:
        tables = export.export_rows(graph)
    paths = export.write_dir(tables, directory)
    rows = sum(len(rows) for _, rows in tables.values())
    click.echo(f"書き出しました / exported {rows} rows to {len(paths)} files in {directory}")


