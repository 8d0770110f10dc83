"""tsunagu embed-token create|list|revoke: read-only tokens for dashboards' iframes."""
from __future__ import annotations

import click

from .. import schema
from ..lang import _
from ..maps.kinds import WITH_TARGET
from ..embed import MAPS
from .common import connect, fail, main


@main.group("embed-token", help=_("埋め込み用トークン: ダッシュボードの iframe に地図を見せるための読み取り専用トークン。"))
def embed_token() -> None:
    pass


@embed_token.command("create", help=_("地図 MAP のトークンを作ります。トークンは最後に表示する一語です。"))
@click.argument("map_name", metavar="MAP", type=click.Choice(MAPS))
@click.option("--target", help=_("人か団体の ID(%(maps)s の地図)。", maps=", ".join(WITH_TARGET)))
@click.option("--filter", "filters", multiple=True, metavar="NAME=VALUE",
              help=_("固定する条件。例: --filter area=a-nerima(繰り返せます)。"))
@click.option("--names", is_flag=True, help=_("公開の人の名前を出します(既定: 名前なし)。"))
@click.option("--label", default="", help=_("何のためのトークンか(ダッシュボードの名前)。"))
def embed_token_create(map_name, target, filters, names, label) -> None:
    from .. import embed
    fixed = {}
    for item in filters:
        if "=" not in item:
            fail(ValueError(_("--filter は NAME=VALUE の形です(「%(item)s」ではなく)", item=item)))
        key, value = item.split("=", 1)
        fixed[key] = value
    with connect() as graph:
        schema.apply(graph)
        try:
            token = embed.create(graph, map_name, target, fixed, names, label)
        except embed.EmbedError as err:
            fail(err)
    path = f"/embed/{map_name}" + (f"/{target}" if target else "")
    click.echo(_("埋め込み用トークン(一度だけ表示します)。%(path)s?token=<token> で使います:", path=path))
    click.echo(token)


@embed_token.command("list", help=_("埋め込み用トークンの一覧(ハッシュの先頭。トークンそのものは出しません)。"))
def embed_token_list() -> None:
    with connect() as graph:
        rows = graph.read("embed/list_tokens")
    for row in rows:
        state = "revoked" if row["revoked"] else "active"
        click.echo(f"{row['prefix']}  {state:<7} {row['map']:<10} {row['target'] or '-':<14} "
                   f"{row['filters']}  names={row['names']}  {row['label']}  {row['created']}")


@embed_token.command("revoke", help=_("ハッシュが PREFIX(`list` の先頭)で始まるトークンを失効させます。"))
@click.argument("prefix")
def embed_token_revoke(prefix) -> None:
    if len(prefix) < 8:
        fail(ValueError(_("PREFIX は 8 文字以上にしてください")))
    with connect() as graph:
        revoked = graph.write("embed/revoke_token", prefix=prefix)[0]["revoked"]
    click.echo(_("失効させました: %(count)s", count=revoked))


