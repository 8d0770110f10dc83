"""tsunagu embed-token create|list|revoke: read-only tokens for dashboards' iframes."""
from __future__ import annotations

import click

from .. import schema
from .common import connect, fail, main


@main.group("embed-token", help="埋め込み用トークン / read-only tokens for maps in dashboards' iframes.")
def embed_token() -> None:
    pass


@embed_token.command("create", help="Create a token for MAP (network, ego, path, bridging, candidates); "
                                    "the token is the last word printed.")
@click.argument("map_name", metavar="MAP")
@click.option("--target", help="The person or group id (ego and candidates maps).")
@click.option("--filter", "filters", multiple=True, metavar="NAME=VALUE",
              help="A fixed filter, e.g. --filter area=a-nerima (repeatable).")
@click.option("--names", is_flag=True, help="Show people's names (default: people without names).")
@click.option("--label", default="", help="What the token is for (a dashboard's name).")
def embed_token_create(map_name, target, filters, names, label) -> None:
    from .. import embed
    fixed = {}
    for item in filters:
        if "=" not in item:
            fail(ValueError(f"--filter は NAME=VALUE の形で / --filter takes NAME=VALUE, not {item!r}"))
        key, value = item.split("=", 1)
        fixed[key] = value
    with connect() as graph:
        schema.apply(graph)
        try:
            token = embed.create(graph, map_name, target, fixed, names, label)
        except embed.EmbedError as err:
            fail(err)
    path = f"/embed/{map_name}" + (f"/{target}" if target else "")
    click.echo("埋め込み用トークン(一度だけ表示します)/ embed token, shown once — "
               f"use {path}?token=<token>:")
    click.echo(token)


@embed_token.command("list", help="List embed tokens (their hash prefix, never the token).")
def embed_token_list() -> None:
    with connect() as graph:
        rows = graph.read("embed/list_tokens")
    for row in rows:
        state = "revoked" if row["revoked"] else "active"
        click.echo(f"{row['prefix']}  {state:<7} {row['map']:<10} {row['target'] or '-':<14} "
                   f"{row['filters']}  names={row['names']}  {row['label']}  {row['created']}")


@embed_token.command("revoke", help="Revoke the token(s) whose hash starts with PREFIX (from `list`).")
@click.argument("prefix")
def embed_token_revoke(prefix) -> None:
    if len(prefix) < 8:
        fail(ValueError("PREFIX は 8 文字以上 / PREFIX needs at least 8 characters"))
    with connect() as graph:
        revoked = graph.write("embed/revoke_token", prefix=prefix)[0]["revoked"]
    click.echo(f"revoked {revoked}")


