"""tsunagu person delete, audit, backup and restore: the admin's work at the terminal."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from .. import audit, backup, deletion, schema
from ..export import neutralise
from ..errors import ApiError
from ..lang import _
from .common import analyse, connect, fail, main, say


@main.group(help=_("人について。"))
def person() -> None:
    pass


@person.command("delete", help=_("ID の人をすべてから削除します: つながり、スコア、監査ログの ID も。"))
@click.argument("person_id", metavar="ID")
@click.option("--yes", is_flag=True, help=_("確認せずに実行します。"))
def person_delete(person_id, yes) -> None:
    if not yes:
        click.confirm(_("%(id)s を削除します(元に戻せません)。よろしいですか?", id=person_id), abort=True, err=True)
    with connect() as graph:
        try:
            result = deletion.delete_person(graph, person_id, user="cli")
        except ApiError as err:
            fail(err)
    click.echo(_("削除しました: %(id)s(監査ログから外した記録 %(forgotten)s 件、スコアを計算し直した人 %(people)s 人)",
                 id=person_id, forgotten=result["audit_entries_forgotten"], people=result["bridging_recomputed_for"]))


@main.command("audit", help=_("監査ログを新しい順に表示します(誰が何をしたかの管理者の記録)。"))
@click.option("--action", type=click.Choice(list(audit.ACTIONS)))
@click.option("--user", "user_name")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=100)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
def audit_command(action, user_name, limit, fmt) -> None:
    with connect() as graph:
        rows = audit.entries(graph, action, user_name, limit)
    columns = ("at", "user", "action", "target", "detail", "address")
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":  # opened in Excel: a cell like =HYPERLINK(…) is written as text
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[neutralise(_printable(row[c])) for c in columns] for row in rows])
    else:  # on a terminal: a typed escape sequence is shown, never obeyed
        for row in rows:
            click.echo(f"{row['at'][:19]}  {_printable(row['user']) or '-':<12} {row['action']:<16} "
                       f"{_printable(row['target']):<14} {_printable(row['detail'])}")


def _printable(value) -> str:
    """Text someone typed (a failed sign-in's name) with control characters shown as \\xNN."""
    text = "" if value is None else str(value)
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


@main.command("backup", help=_("FILE(.zip)にネットワーク全体とユーザー・トークン(ハッシュ)を書き出します。"))
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def backup_command(path) -> None:
    with connect() as graph:
        counts = backup.write(graph, path)
        audit.record(graph, "backup", detail=str(path), user="cli")
    click.echo(_("バックアップしました: %(rows)s 行、%(besides)s → %(path)s", rows=counts["rows"],
                 besides=_besides(counts), path=path))


@main.command("restore", help=_("ネットワーク・ユーザー・トークンをバックアップ FILE の内容で置き換えます。"))
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help=_("確認せずに実行します。"))
def restore_command(path, yes) -> None:
    if not yes:
        click.confirm(_("今のデータとユーザーを置き換えます。よろしいですか?"), abort=True, err=True)
    with connect() as graph:
        schema.apply(graph)
        try:
            counts = backup.restore(graph, path, graph.config["IMPORT_MAX_BYTES"])
        except backup.BackupError as err:
            fail(Exception(_("復元しませんでした(何も変更していません): %(reason)s", reason=err)))
        analyse(graph)
        audit.record(graph, "restore", detail=str(path), user="cli")
    say(_("復元しました: %(rows)s 行(削除 %(pruned)s)、%(besides)s", rows=counts["rows"], pruned=counts["pruned"],
          besides=_besides(counts)))


def _besides(counts: dict) -> str:
    """What a backup holds besides the network, as counted by service/backup.py."""
    return _("ユーザー %(users)s、API トークン %(apitokens)s、埋め込みトークン %(embedtokens)s、紹介 %(introductions)s、"
             "調査 %(surveys)s(依頼 %(surveyinvites)s)、受付 %(signinsheets)s、回答 %(responses)s", **counts)
