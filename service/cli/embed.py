"""tsunagu embed-token create|list|revoke: read-only tokens for dashboards' iframes."""
from __future__ import annotations

import click

from .. import schema
from .common import connect, context, fail, main


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
    config, driver = connect()
    with driver:
        schema.apply(driver, config["NEO4J_DATABASE"])
        try:
            token = embed.create(driver, config["NEO4J_DATABASE"], map_name, target, fixed, names, label)
        except embed.EmbedError as err:
            fail(err)
    path = f"/embed/{map_name}" + (f"/{target}" if target else "")
    click.echo("埋め込み用トークン(一度だけ表示します)/ embed token, shown once — "
               f"use {path}?token=<token>:")
    click.echo(token)


@embed_token.command("list", help="List embed tokens (their hash prefix, never the token).")
def embed_token_list() -> None:
    ctx = context()
    with ctx.driver:
        rows = ctx.read("embed/list_tokens")
    for row in rows:
        state = "revoked" if row["revoked"] else "active"
        click.echo(f"{row['prefix']}  {state:<7} {row['map']:<10} {row['target'] or '-':<14} "
                   f"{row['filters']}  names={row['names']}  {row['label']}  {row['created']}")


@embed_token.command("revoke", help="Revoke the token(s) whose hash starts with PREFIX (from `list`).")
@click.argument("prefix")
def embed_token_revoke(prefix) -> None:
    if len(prefix) < 8:
        fail(ValueError("PREFIX は 8 文字以上 / PREFIX needs at least 8 characters"))
    config, driver = connect()
    with driver:
        from .. import cypher
        records, _, _ = driver.execute_query(cypher.load("embed/revoke_token"), prefix=prefix,
                                             database_=config["NEO4J_DATABASE"])
    click.echo(f"revoked {records[0]['revoked']}")


