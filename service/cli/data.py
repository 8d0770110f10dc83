"""tsunagu seed, import, analyse and export: data in and out."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..lang import _, cli_locale
from .common import analyse, computed, connect, fail, load_demo, main, say


@main.command("seed", help=_("練馬区の架空のデモネットワーク(seed/demo/)を読み込みます。"))
@click.option("--if-empty", is_flag=True, help=_("データベースが空のときだけ。"))
def seed_command(if_empty: bool) -> None:
    with connect() as graph:
        load_demo(graph, if_empty)


@main.command("import", help=_("テンプレートの CSV ファイルのフォルダ、その .zip、または .xlsx ブックを取り込みます。"))
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--check", "check_only", is_flag=True, help=_("確かめて報告するだけで、何も書き込みません。"))
@click.option("--prune", is_flag=True,
              help=_("ファイルにないものを削除もします(全体を書き出したファイルを取り込むとき)。"))
@click.option("--json", "as_json", is_flag=True, help=_("報告を JSON で出します。"))
def import_command(path: Path, check_only: bool, prune: bool, as_json: bool) -> None:
    from ..importer.run import import_path
    from ..importer.write import SAVING
    graph = connect()
    bar = {}

    def on_checked(total: int) -> None:
        bar["bar"] = click.progressbar(length=total, label=_("書き込み中"), file=sys.stderr)
        bar["bar"].__enter__()

    def progress(stem: str, count: int) -> None:
        if "bar" in bar:
            bar["bar"].update(count)
        if stem == SAVING and "bar" in bar:
            bar.pop("bar").__exit__(None, None, None)
            say(_("すべての行を送りました。データベースが保存を確定しています…"))

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
        click.echo(_("%(count)s 件の問題があります。何も書き込んでいません。", count=len(report.problems)), err=True)
        for found in report.problems:
            click.echo("  - " + found.line(cli_locale()), err=True)
        return
    files = ", ".join(f"{stem} {count}" for stem, count in report.files.items())
    if report.checked_only:
        click.echo(_("問題はありません(%(rows)s 行): %(files)s", rows=report.rows, files=files))
        return
    click.echo(_("読み込みました(%(rows)s 行): %(files)s", rows=report.rows, files=files))
    pruned = {k: v for k, v in report.pruned.items() if v}
    if pruned:
        click.echo(_("削除: %(pruned)s", pruned=", ".join(f"{k} {v}" for k, v in pruned.items())))


@main.command("analyse", help=_("今のネットワークの顔役スコアを今すぐ計算します(取り込みのあとアプリが裏で計算しますが、"
                                "これはその完了を待ちます)。"))
@click.option("--force", is_flag=True, help=_("スコアが最新でも計算し直します。"))
def analyse_command(force: bool) -> None:
    from .. import precompute
    with connect() as graph:
        info = precompute.refresh(graph, force=force, progress=say)
    if info is None:
        fail(RuntimeError(_("別のプロセスが計算中です。しばらくしてからもう一度どうぞ。")))
    if info.get("skipped"):
        click.echo(_("顔役スコアは最新です"))
    else:
        click.echo(computed(info))


@main.command("export", help=_("グラフ全体を DIR にテンプレートの CSV ファイルと tsunagu.xlsx で書き出します。"))
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def export_command(directory: Path) -> None:
    from .. import export
    with connect() as graph:
        tables = export.export_rows(graph)
    paths = export.write_dir(tables, directory)
    rows = sum(len(rows) for _table, rows in tables.values())
    click.echo(_("書き出しました: %(rows)s 行、%(files)s ファイル(%(directory)s)", rows=rows, files=len(paths),
                 directory=directory))
