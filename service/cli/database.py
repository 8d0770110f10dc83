"""tsunagu db start|stop|status: the local Neo4j of TSUNAGU_HOME."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .. import localdb, settings
from .common import fail, main, say


@main.group(help="ローカルの Neo4j を管理する / manage the local Neo4j of TSUNAGU_HOME.")
def db() -> None:
    pass


def home() -> Path:
    return settings.default_home()


@db.command("start", help="Start the local Neo4j (fetched with Maven on first use).")
@click.option("--port", type=int, help="Bolt port (default: TSUNAGU_NEO4J_PORT or a free port).")
def db_start(port: int | None) -> None:
    try:
        conn = localdb.start(home(), port=port, progress=say)
    except localdb.LocalNeo4jError as err:
        fail(err)
    click.echo(conn.uri)


@db.command("stop", help="Stop the local Neo4j.")
def db_stop() -> None:
    if not localdb.stop(home(), progress=say):
        say(f"Neo4j は動いていません / Neo4j is not running (home {home()})")


@db.command("status", help="Show whether the local Neo4j runs, and where.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def db_status(as_json: bool) -> None:
    state = localdb.status(home())
    if as_json:
        click.echo(json.dumps(state))
        return
    words = {"running": "起動中 / running", "stopped": "停止中 / stopped",
             "stale": "停止中(古い pid ファイルあり)/ stopped (stale pid file; cleaned up at next start)"}
    click.echo(f"{words[state['state']]}  home={state['home']}"
               + (f"  uri={state['uri']}  pid={state['pid']}" if state["state"] == "running" else ""))
    sys.exit(0 if state["state"] == "running" else 3)


