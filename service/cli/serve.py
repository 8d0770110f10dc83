"""tsunagu up (Neo4j, schema, demo, gunicorn) and tsunagu serve (Flask's server)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import click

from .. import localdb, schema, settings
from ..auth import passwords
from ..auth.users import Users
from .common import connect, fail, load_demo, main, say


@main.command("up", help="Start Neo4j if needed, apply the schema, load the demo when empty, serve.")
@click.option("--port", type=int, help="HTTP port (default from TSUNAGU_BIND: 8000).")
@click.option("--host", default=None, help="HTTP address (default from TSUNAGU_BIND: 127.0.0.1).")
@click.option("--no-demo", is_flag=True, help="Do not load the demo network into an empty database.")
@click.option("--workers", type=int, default=None, help="gunicorn workers (default TSUNAGU_WORKERS).")
def up(port: int | None, host: str | None, no_demo: bool, workers: int | None) -> None:
    config = settings.app_config()
    started_here = not config["NEO4J_URI"] and localdb.status(Path(config["TSUNAGU_HOME"]))["state"] != "running"
    config, driver = connect(config)
    with driver:
        if no_demo:
            schema.apply(driver, config["NEO4J_DATABASE"])
        else:
            load_demo(driver, config, if_empty=True)
        first_admin(driver, config)
    default_host, default_port = settings.get("TSUNAGU_BIND").rsplit(":", 1)
    bind = f"{host or default_host}:{port or default_port}"
    say(f"つなぐ を起動しました / Tsunagu is serving at http://{bind}/  (Ctrl-C で停止 / to stop)")
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    command = [gunicorn, "--workers", str(workers or settings.get("TSUNAGU_WORKERS")),
               "--bind", bind, "--timeout", "120", "--access-logfile", "-", "service:create_app()"]
    process = subprocess.Popen(command, env=os.environ.copy())

    def stop_server(_signum, _frame):  # Ctrl-C or a service manager's SIGTERM
        process.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGINT, stop_server)
    signal.signal(signal.SIGTERM, stop_server)
    try:
        code = process.wait()
    finally:
        if started_here:
            localdb.stop(Path(config["TSUNAGU_HOME"]), progress=say)
    sys.exit(code)


def first_admin(driver, config: dict) -> None:
    """With sign-in on and no user yet, create `admin` with a one-time password printed here:
    the first sign-in must replace it."""
    if str(config.get("AUTH", "on")).lower() == "off":
        say("TSUNAGU_AUTH=off: サインインなし、誰でも管理者です / no sign-in: every visitor is an admin")
        return
    users = Users(driver, config["NEO4J_DATABASE"])
    if users.count() == 0:
        password = passwords.generate()
        users.add("admin", "admin", password, must_change=True)
        say("管理者ユーザー admin を作成しました。一時パスワード(最初のサインインで変更します)/ "
            f"created user admin; one-time password (change it at first sign-in): {password}")


@main.command("serve", help="Run the development server (Flask's; use `up` or gunicorn in production).")
@click.option("--port", type=int, default=8000)
@click.option("--host", default="127.0.0.1")
@click.option("--debug", is_flag=True)
def serve(port: int, host: str, debug: bool) -> None:
    from .. import create_app
    try:
        app = create_app()
    except localdb.LocalNeo4jError as err:
        fail(err)
    app.run(host=host, port=port, debug=debug, use_reloader=False)


