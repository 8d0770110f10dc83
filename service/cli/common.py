"""What every `tsunagu` command shares: messages, connecting to Neo4j, printing answers."""
from __future__ import annotations

import json
import sys

import click

from .. import localdb, schema, seed, settings
from ..db import open_driver


@click.group(help="つなぐ Tsunagu — 練馬区の協働ネットワーク / the collaboration network of Nerima ward.")
def main() -> None:
    pass


def say(message: str) -> None:
    """A progress message on standard error; never fails (the reader of a pipe may be gone,
    and shutting down must go on)."""
    try:
        click.echo(message, err=True)
    except (OSError, ValueError):
        pass


def fail(err: Exception) -> None:
    click.echo(f"エラー / error: {err}", err=True)
    sys.exit(1)


def connect(config: dict | None = None):
    """(config, driver) for NEO4J_URI or the local Neo4j (started if needed); a clear error if not."""
    config = config or settings.app_config()
    try:
        return config, open_driver(config, progress=say)
    except localdb.LocalNeo4jError as err:
        fail(err)


def refresh_bridging(driver, config: dict) -> None:
    """Precompute the bridging scores after data changed, so /api/bridging answers at once."""
    from ..questions import Context, refresh_bridging
    info = refresh_bridging(Context.from_config(driver, config))
    say(f"顔役スコアを計算しました / bridging scores computed for {info['people']} people "
         f"in {info['seconds']} s ({info['method']})")


def load_demo(driver, config: dict, if_empty: bool) -> None:
    database = config["NEO4J_DATABASE"]
    schema.apply(driver, database)
    if if_empty and not seed.is_empty(driver, database):
        say("データが既にあるためデモは読み込みません / the database already has data: demo not loaded")
        return
    counts = seed.load_demo(driver, database)
    refresh_bridging(driver, config)
    say("デモネットワークを読み込みました / demo network loaded: "
         + ", ".join(f"{name} {count}" for name, count in counts.items()))


def context():
    from ..questions import Context
    config, driver = connect()
    return Context.from_config(driver, config)


def emit(data, as_json: bool, table) -> None:
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        table(data)


def require(ctx, value: str, labels: tuple[str, ...], what: str) -> None:
    if value is not None and not ctx.read("analysis/node_labels", id=value, labels=list(labels)):
        fail(ValueError(f"{what}「{value}」が見つかりません / no {'/'.join(labels)} with id {value!r}"))
