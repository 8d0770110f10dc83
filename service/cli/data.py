"""tsunagu seed, import and export: data in and out."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import connect, load_demo, main, refresh_bridging


@main.command("seed", help="Load the fictional demo network of Nerima (seed/demo/).")
@click.option("--if-empty", is_flag=True, help="Only when the database holds no nodes.")
def seed_command(if_empty: bool) -> None:
    config, driver = connect()
    with driver:
        load_demo(driver, config, if_empty)


@main.command("import", help="Import a folder of template CSV files, a .zip of them, or an .xlsx workbook.")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--check", "check_only", is_flag=True, help="Validate and report; write nothing.")
@click.option("--prune", is_flag=True,
              help="Also delete what the files present no longer contain (for a full export).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def import_command(path: Path, check_only: bool, prune: bool, as_json: bool) -> None:
    from ..importer.run import import_path
    config, driver = connect()
    bar = {}

    def on_checked(total: int) -> None:
        bar["bar"] = click.progressbar(length=total, label="書き込み中 / writing", file=sys.stderr)
        bar["bar"].__enter__()

    def progress(_stem: str, count: int) -> None:
        bar["bar"].update(count)

    with driver:
        report = import_path(driver, config["NEO4J_DATABASE"], path, config["IMPORT_MAX_BYTES"],
                             check_only=check_only, prune=prune, progress=progress,
                             on_checked=None if as_json else on_checked)
        if report.ok and not report.checked_only:
            refresh_bridging(driver, config)
    if "bar" in bar:
        bar["bar"].__exit__(None, None, None)
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


@main.command("export", help="Write the whole graph to DIR as template CSV files and tsunagu.xlsx.")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def export_command(directory: Path) -> None:
    from .. import export
    config, driver = connect()
    with driver:
        tables = export.export_rows(driver, config["NEO4J_DATABASE"])
    paths = export.write_dir(tables, directory)
    rows = sum(len(rows) for _, rows in tables.values())
    click.echo(f"書き出しました / exported {rows} rows to {len(paths)} files in {directory}")


