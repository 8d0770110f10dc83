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
from .common import analyse, connect, fail, main, say


@main.group(help="人 / people.")
def person() -> None:
    pass


@person.command("delete", help="Delete person ID everywhere: ties, scores, and their id in the audit log.")
@click.argument("person_id", metavar="ID")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def person_delete(person_id, yes) -> None:
    if not yes:
        click.confirm(f"{person_id} を削除します(元に戻せません)/ delete {person_id} for good?", abort=True, err=True)
    with connect() as graph:
        try:
            result = deletion.delete_person(graph, person_id, user="cli")
        except ApiError as err:
            fail(Exception(f"{err.message} / {err.message_en}"))
    click.echo(f"削除しました / deleted {person_id}; audit entries forgotten: "
               f"{result['audit_entries_forgotten']}; scores recomputed for {result['bridging_recomputed_for']} people")


@main.command("audit", help="Print the audit log, newest first (admins' record of who did what).")
@click.option("--action", type=click.Choice(audit.ACTIONS))
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


@main.command("backup", help="Write FILE (.zip): the whole network plus users and tokens (as hashes).")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def backup_command(path) -> None:
    with connect() as graph:
        counts = backup.write(graph, path)
        audit.record(graph, "backup", detail=str(path), user="cli")
    click.echo(f"バックアップしました / backed up {counts['rows']} rows, {_besides(counts)} to {path}")


@main.command("restore", help="Replace the network, users and tokens with those of backup FILE.")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore_command(path, yes) -> None:
    if not yes:
        click.confirm("今のデータとユーザーを置き換えます / replace the current data and users?", abort=True, err=True)
    with connect() as graph:
        schema.apply(graph)
        try:
            counts = backup.restore(graph, path, graph.config["IMPORT_MAX_BYTES"])
        except backup.BackupError as err:
            fail(Exception(f"復元しませんでした(何も変更していません)/ nothing restored: {err}"))
        analyse(graph)
        audit.record(graph, "restore", detail=str(path), user="cli")
    say(f"復元しました / restored {counts['rows']} rows ({counts['pruned']} removed), {_besides(counts)}")


def _besides(counts: dict) -> str:
    """What a backup holds besides the network, as counted by service/backup.py."""
    return (f"{counts['users']} users, {counts['apitokens']} API tokens, {counts['embedtokens']} embed tokens, "
            f"{counts['introductions']} introductions, {counts['surveys']} surveys "
            f"({counts['surveyinvites']} invitations), {counts['signinsheets']} sign-in sheets, "
            f"{counts['responses']} responses")
