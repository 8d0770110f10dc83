"""tsunagu up (Neo4j, schema, demo, gunicorn) and tsunagu serve (Flask's server)."""
from __future__ import annotations

import os
import select
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import click

from .. import localdb, schema, secret, settings
from ..auth import passwords
from ..auth.users import Users
from ..lang import _
from .common import connect, fail, load_demo, main, say


@main.command("up", help=_("必要なら Neo4j を起動し、スキーマを適用し、空ならデモを読み込んで、サービスを始めます。"))
@click.option("--port", type=int, help=_("HTTP のポート(既定は TSUNAGU_BIND: 8000)。"))
@click.option("--host", default=None, help=_("HTTP のアドレス(既定は TSUNAGU_BIND: 127.0.0.1)。"))
@click.option("--no-demo", is_flag=True, help=_("空のデータベースにデモを読み込みません。"))
@click.option("--workers", type=int, default=None, help=_("gunicorn のワーカー数(既定は TSUNAGU_WORKERS)。"))
def up(port: int | None, host: str | None, no_demo: bool, workers: int | None) -> None:
    config = settings.app_config()
    started_here = not config["NEO4J_URI"] and localdb.status(Path(config["TSUNAGU_HOME"]))["state"] != "running"
    with connect(config) as graph:
        if no_demo:
            schema.apply(graph)
        else:
            load_demo(graph, if_empty=True)
        first_admin(graph)
    _first_secret(config)
    default_host, default_port = settings.get("TSUNAGU_BIND").rsplit(":", 1)
    bind = f"{host or default_host}:{port or default_port}"
    say(_("つなぐ を起動しました: http://%(bind)s/(Ctrl-C で停止)", bind=bind))
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    command = [gunicorn, "--workers", str(workers or settings.get("TSUNAGU_WORKERS")),
               *worker_class(int(settings.get("TSUNAGU_THREADS"))),
               "--bind", bind, "--timeout", "120", "--access-logfile", "-", "service:create_app()"]
    process = subprocess.Popen(command, env=os.environ.copy())
    code = 1
    try:
        code = supervise(process)
    finally:
        if started_here:
            localdb.stop(Path(config["TSUNAGU_HOME"]), progress=say)
    sys.exit(code)


def worker_class(threads: int) -> list[str]:
    """gunicorn's options for `threads` per worker: gthread workers, or sync ones for 1."""
    return ["--worker-class", "gthread", "--threads", str(threads)] if threads > 1 else []


def supervise(process: subprocess.Popen) -> int:
    """Wait for the server; stop it on Ctrl-C (SIGINT), SIGTERM, SIGHUP (the terminal closed)
    or when whoever reads our output goes away (`make run | tee run.log` and tee was stopped):
    the caller then stops the Neo4j it started."""
    def stop_server(_signum=None, _frame=None):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop_server)
    while True:
        try:
            return process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            if output_closed():
                stop_server()


def output_closed() -> bool:
    """Standard output or error is a pipe whose reader has gone (POLLERR on the write end)."""
    watcher = select.poll()
    watched = 0
    for fd in (1, 2):
        try:
            if stat.S_ISFIFO(os.fstat(fd).st_mode):
                watcher.register(fd, 0)  # only errors and hang-ups are reported
                watched += 1
        except OSError:
            return True
    return watched > 0 and any(events & (select.POLLERR | select.POLLHUP | select.POLLNVAL)
                               for _fd, events in watcher.poll(0))


def _first_secret(config: dict) -> None:
    """Make (or check) the secret key before any worker starts, so every worker reads the
    same finished key."""
    try:
        if config.get("SECRET_KEY"):
            secret.checked(config["SECRET_KEY"], "TSUNAGU_SECRET_KEY")
        else:
            secret.ensure(Path(config["TSUNAGU_HOME"]))
    except secret.SecretKeyError as err:
        fail(err)


def first_admin(graph) -> None:
    """With sign-in on and no user yet, create `admin` with a one-time password printed here:
    the first sign-in must replace it."""
    if str(graph.config.get("AUTH", "on")).lower() == "off":
        say(_("TSUNAGU_AUTH=off: サインインなし、誰でも管理者です"))
        return
    users = Users(graph)
    if users.count() == 0:
        password = passwords.generate()
        users.add("admin", "admin", password, must_change=True)
        say(_("管理者ユーザー admin を作成しました。一時パスワード(最初のサインインで変更します): %(password)s", password=password))


@main.command("serve", help=_("開発用のサーバー(Flask のもの)を動かします。本番では up か gunicorn を使ってください。"))
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


