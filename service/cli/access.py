"""tsunagu user add|list|disable|enable|passwd and tsunagu token create|list|revoke."""
from __future__ import annotations

import sys

import click

from .. import audit, schema
from ..auth.users import ROLES, Users
from ..errors import ApiError
from ..labels import label
from ..lang import _, p_
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
            fail(err)


def read_password(from_stdin: bool, prompt: str | None = None) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt(prompt or p_("cli", "パスワード"), hide_input=True, confirmation_prompt=True, err=True)


@main.group(help=_("ユーザーと役割(admin, staff, viewer)。"))
def user() -> None:
    pass


@user.command("add", help=_("役割 ROLE のユーザー NAME を加えます。パスワードは尋ねるか、標準入力から読みます。"))
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--password-stdin", is_flag=True, help=_("パスワードを標準入力から 1 行で読みます。"))
def user_add(name, role, password_stdin) -> None:
    password = read_password(password_stdin)

    def action(users, graph):
        users.add(name, role, password)
        audit.record(graph, "user_added", target=name, detail=role, user="cli")
    run(action)
    click.echo(_("ユーザーを追加しました: %(name)s(%(role)s)", name=name, role=label("role", role)))


@user.command("list", help=_("ユーザーの一覧(名前、役割、状態。パスワードは出しません)。"))
def user_list() -> None:
    for row in run(lambda users, graph: users.list()):
        state = _("無効") if row["disabled"] else (_("パスワード変更待ち") if row["must_change"] else _("有効"))
        click.echo(f"{row['name']:<20} {row['role']:<7} {state:<21} tokens={row['tokens']}  since {row['created'][:10]}")


@user.command("disable", help=_("NAME を無効にします: すべての端末でサインアウトし、トークンも使えなくなります。"))
@click.argument("name")
def user_disable(name) -> None:
    set_disabled(name, True)
    click.echo(_("無効にしました: %(name)s", name=name))


@user.command("enable", help=_("NAME をまた有効にします。"))
@click.argument("name")
def user_enable(name) -> None:
    set_disabled(name, False)
    click.echo(_("有効にしました: %(name)s", name=name))


def set_disabled(name: str, disabled: bool) -> None:
    def action(users, graph):
        users.set_disabled(name, disabled)
        audit.record(graph, "user_disabled" if disabled else "user_enabled", target=name, user="cli")
    run(action)


@user.command("passwd", help=_("NAME のパスワードを設定します(尋ねるか標準入力から)。その人はサインアウトされます。"))
@click.argument("name")
@click.option("--password-stdin", is_flag=True)
def user_passwd(name, password_stdin) -> None:
    password = read_password(password_stdin, _("新しいパスワード"))

    def action(users, graph):
        users.set_password(name, password)
        audit.record(graph, "password_changed", target=name, user="cli")
    run(action)
    click.echo(_("パスワードを変更しました: %(name)s", name=name))


@main.group(help=_("API トークン: ダッシュボードやスクリプト用(Authorization: Bearer <token>)。"))
def token() -> None:
    pass


@token.command("create", help=_("USER の API トークンを作ります。トークンは最後に表示する一語です。"))
@click.option("--user", "user_name", required=True)
@click.option("--name", "label_", default=None, help=_("何のためのトークンか。"))
def token_create(user_name, label_) -> None:
    def action(users, graph):
        made = users.create_token(user_name, label_)
        audit.record(graph, "token_created", target=user_name, detail=label_, user="cli")
        return made
    made = run(action)
    say(_("API トークン(一度だけ表示します。Authorization: Bearer <token> で送ってください):"))
    click.echo(made)


@token.command("list", help=_("API トークンの一覧(ID はハッシュの先頭。トークンそのものは出しません)。"))
@click.option("--user", "user_name", default=None)
def token_list(user_name) -> None:
    for row in run(lambda users, graph: users.list_tokens(user_name)):
        click.echo(f"{row['id']}  {_('失効') if row['revoked'] else _('有効'):<7} {row['user']:<20} "
                   f"{row['name'] or '-':<24} {row['created'][:19]}")


@token.command("revoke", help=_("ID(`token list` の ID)で始まる API トークンを失効させます。"))
@click.argument("token_id", metavar="ID")
def token_revoke(token_id) -> None:
    def action(users, graph):
        count = users.revoke_token(token_id)
        audit.record(graph, "token_revoked", detail=token_id, user="cli")
        return count
    click.echo(_("失効させました: %(count)s", count=run(action)))
