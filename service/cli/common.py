"""What every `tsunagu` command shares: messages, the graph handle, printing answers."""
from __future__ import annotations

import json
import sys

import click

from .. import localdb, precompute, schema, seed, settings
from ..graph import Graph


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


def connect(config: dict | None = None) -> Graph:
    """The graph handle for NEO4J_URI or the local Neo4j (started if needed); a clear error if
    not. The command line reads at the staff level: private people are not named."""
    try:
        return Graph(config or settings.app_config(), progress=say)
    except localdb.LocalNeo4jError as err:
        fail(err)


def analyse(graph: Graph) -> None:
    """Compute the bridging scores after data changed, so that every page answers at once."""
    info = precompute.refresh(graph, progress=say)
    if info is None:
        say("別のプロセスが計算中です / another process is computing the scores")
    elif not info.get("skipped"):
        say(f"顔役スコアを計算しました / bridging scores computed for {info['people']} people "
            f"in {info['seconds']} s ({info['method']})")


def load_demo(graph: Graph, if_empty: bool) -> None:
    schema.apply(graph)
    if if_empty and not seed.is_empty(graph):
        say("データが既にあるためデモは読み込みません / the database already has data: demo not loaded")
        return
    counts = seed.load_demo(graph)
    analyse(graph)
    say("デモネットワークを読み込みました / demo network loaded: "
        + ", ".join(f"{name} {count}" for name, count in counts.items()))


def emit(data, as_json: bool, table) -> None:
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        table(data)


def require(graph: Graph, value: str, labels: tuple[str, ...], what: str) -> None:
    if value is not None and not graph.read("analysis/node_labels", id=value, labels=list(labels)):
        fail(ValueError(f"{what}「{value}」が見つかりません / no {'/'.join(labels)} with id {value!r}"))
