"""What every `tsunagu` command shares: messages in the user's language (LANG), the graph
handle, printing answers."""
from __future__ import annotations

import json
import sys

import click

from .. import localdb, precompute, schema, seed, settings
from ..errors import ApiError
from ..graph import Graph
from ..lang import _


@click.group(help=_("つなぐ Tsunagu — 練馬区の協働ネットワーク。LANG が ja で始まると日本語で答えます。"))
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
    """Stop with the error in the user's language, and exit code 1."""
    text = err.text(_lang()) if isinstance(err, ApiError) else str(err)
    click.echo(_("エラー: %(message)s", message=text), err=True)
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
        say(_("別のプロセスが顔役スコアを計算中です"))
    elif not info.get("skipped"):
        say(computed(info))


def computed(info: dict) -> str:
    """What an analysis that ran did: the ward's scores, or the lists of the areas and themes
    alone (when the ward's were stored already)."""
    if info["people"] is None:
        return _("地域とテーマごとの顔役の一覧を計算しました: %(lists)s 件、%(seconds)s 秒",
                 lists=info["lists"], seconds=info["lists_seconds"])
    return _("顔役スコアを計算しました: %(people)s 人、%(seconds)s 秒(%(method)s)", people=info["people"],
             seconds=info["seconds"], method=info["method"])


def load_demo(graph: Graph, if_empty: bool) -> None:
    schema.apply(graph)
    if if_empty and not seed.is_empty(graph):
        say(_("データが既にあるためデモは読み込みません"))
        return
    counts = seed.load_demo(graph)
    analyse(graph)
    say(_("デモネットワークを読み込みました: %(counts)s",
          counts=", ".join(f"{name} {count}" for name, count in counts.items())))


def emit(data, as_json: bool, table) -> None:
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        table(data)


def require(graph: Graph, value: str, labels: tuple[str, ...], what: str) -> None:
    if value is not None and not graph.read("analysis/node_labels", id=value, labels=list(labels)):
        fail(ValueError(_("%(what)s「%(id)s」が見つかりません", what=what, id=value)))


def _lang() -> str:
    from ..lang import cli_locale
    return cli_locale()
