"""tsunagu user add|list|disable|enable|passwd and tsunagu token create|list|revoke."""
from __future__ import annotations

import sys

import click

from .. import audit, schema
from ..auth.users import ROLES, Users
from ..errors import ApiError
from .common import connect, fail, main, say


def users_of(graph) -> Users:
    schema.apply(graph)
    return Users(graph)


def run(action):
    """Run `action(users, graph)`; an ApiError becomes a clear message and exit 1."""
    with connect() as graph:
        try:
            return action(users_of(graph), graph)
        except ApiError as err:
            fail(Exception(f"{err.message} / {err.message_en}"))


def read_password(from_stdin: bool, prompt: str = "パスワード / password") -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt(prompt, hide_input=True, confirmation_prompt=True, err=True)


@main.group(help="ユーザー / users and their roles (admin, staff, viewer).")
def user() -> None:
    pass


@user.command("add", help="Add user NAME with ROLE. The password is asked for, or read from stdin.")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (one line).")
def user_add(name, role, password_stdin) -> None:
    password = read_password(password_stdin)

    def action(users, graph):
        users.add(name, role, password)
        audit.record(graph, "user_added", target=name, detail=role, user="cli")
    run(action)
    click.echo(f"ユーザーを追加しました / added user {name} ({role})")


@user.command("list", help="List users (names, roles, state; never passwords).")
def user_list() -> None:
    for row in run(lambda users, graph: users.list()):
        state = "disabled" if row["disabled"] else ("must change password" if row["must_change"] else "active")
        click.echo(f"{row['name']:<20} {row['role']:<7} {state:<21} tokens={row['tokens']}  since {row['created'][:10]}")


@user.command("disable", help="Disable NAME: signed out everywhere, tokens stop working.")
@click.argument("name")
def user_disable(name) -> None:
    set_disabled(name, True)
    click.echo(f"無効にしました / disabled {name}")


@user.command("enable", help="Enable NAME again.")
@click.argument("name")
def user_enable(name) -> None:
    set_disabled(name, False)
    click.echo(f"有効にしました / enabled {name}")


def set_disabled(name: str, disabled: bool) -> None:
    def action(users, graph):
        users.set_disabled(name, disabled)
        audit.record(graph, "user_disabled" if disabled else "user_enabled",
                     target=name, user="cli")
    run(action)


@user.command("passwd", help="Set NAME's password (asked for, or read from stdin); signs them out.")
@click.argument("name")
@click.option("--password-stdin", is_flag=True)
def user_passwd(name, password_stdin) -> None:
    password = read_password(password_stdin, "新しいパスワード / new password")

    def action(users, graph):
        users.set_password(name, password)
        audit.record(graph, "password_changed", target=name, user="cli")
    run(action)
    click.echo(f"パスワードを変更しました / password changed for {name}")


@main.group(help="API トークン / tokens for dashboards and scripts (Authorization: Bearer <token>).")
def token() -> None:
    pass


@token.command("create", help="Create an API token for USER; the token is the last word printed.")
@click.option("--user", "user_name", required=True)
@click.option("--name", "label", default=None, help="What the token is for.")
def token_create(user_name, label) -> None:
    def action(users, graph):
        made = users.create_token(user_name, label)
        audit.record(graph, "token_created", target=user_name, detail=label,
                     user="cli")
        return made
    made = run(action)
    say("API トークン(一度だけ表示します。Authorization: Bearer で送ってください)/ "
        "API token, shown once — send it as Authorization: Bearer <token>:")
    click.echo(made)


@token.command("list", help="List API tokens (id = the start of the hash; never the token).")
@click.option("--user", "user_name", default=None)
def token_list(user_name) -> None:
    for row in run(lambda users, graph: users.list_tokens(user_name)):
        click.echo(f"{row['id']}  {'revoked' if row['revoked'] else 'active':<7} {row['user']:<20} "
                   f"{row['name'] or '-':<24} {row['created'][:19]}")


@token.command("revoke", help="Revoke the API token(s) whose id starts with ID (from `token list`).")
@click.argument("token_id", metavar="ID")
def token_revoke(token_id) -> None:
    def action(users, graph):
        count = users.revoke_token(token_id)
        audit.record(graph, "token_revoked", detail=token_id, user="cli")
        return count
    click.echo(f"revoked {run(action)}")
