"""tsunagu db start|stop|status: the local Neo4j of TSUNAGU_HOME."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .. import localdb, settings
from ..lang import _
from .common import fail, main, say


@main.group(help=_("TSUNAGU_HOME のローカルの Neo4j を管理します。"))
def db() -> None:
    pass


def home() -> Path:
    return settings.default_home()


@db.command("start", help=_("ローカルの Neo4j を起動します(初回は Maven で取得します)。"))
@click.option("--port", type=int, help=_("Bolt のポート(既定: TSUNAGU_NEO4J_PORT、前回のポート、空いているポート)。"))
def db_start(port: int | None) -> None:
    try:
        conn = localdb.start(home(), port=port, progress=say)
    except localdb.LocalNeo4jError as err:
        fail(err)
    click.echo(conn.uri)


@db.command("stop", help=_("ローカルの Neo4j を止めます。"))
def db_stop() -> None:
    if not localdb.stop(home(), progress=say):
        say(_("Neo4j は動いていません(ホーム %(home)s)", home=home()))


@db.command("status", help=_("ローカルの Neo4j が動いているか、どこで動いているかを表示します。"))
@click.option("--json", "as_json", is_flag=True, help=_("JSON で出します。"))
def db_status(as_json: bool) -> None:
    state = localdb.status(home())
    if as_json:
        click.echo(json.dumps(state))
        return
    words = {"running": _("起動中"), "stopped": _("停止中"),
             "stale": _("停止中(古い pid ファイルあり。次の起動で片付けます)")}
    click.echo(f"{words[state['state']]}  home={state['home']}"
               + (f"  uri={state['uri']}  pid={state['pid']}" if state["state"] == "running" else ""))
    sys.exit(0 if state["state"] == "running" else 3)
