"""Faults survived: with Neo4j stopped every endpoint answers a 503 JSON error quickly; with
Neo4j hung (SIGSTOP) health says so within 3 s and pages fail fast instead of waiting; when
Neo4j is back — on its old port, or restarted by `tsunagu db start` on another — the same app
process works again without a restart."""
import os
import re
import signal
import time
from urllib.parse import urlparse

from click.testing import CliRunner

from service import create_app, localdb
from service.auth.access import OPEN
from service.auth.users import Users
from service.cli import main
from service.graph import Graph

NO_DATABASE_NEEDED = {"account.sign_in", "static", "vendor.vis_network", "palette.css"}


def _requests(app):
    """(endpoint, method, url) for every route, path parts filled with a placeholder id."""
    for rule in app.url_map.iter_rules():
        url = rule.rule
        for argument in rule.arguments:  # a choice of names: the first
            url = re.sub(r"<any\(([^,)]+)[^)]*\):" + argument + ">", r"\1", url.replace(f"<{argument}>", "x"))
        if rule.endpoint.startswith("embed."):
            url += "?token=an-embed-token"  # checked against the database
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule.endpoint, method, url


def _timed(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def test_neo4j_stopped_hung_and_moved(tmp_path):
    home = tmp_path / "second-home"
    conn = localdb.start(home)
    port = urlparse(conn.uri).port
    config = {"NEO4J_URI": None, "TSUNAGU_HOME": str(home), "DB_TIMEOUT": 2, "TESTING": True,
              "SECRET_KEY": "faults-" + "k" * 32, "AUTH": "on", "ANALYSIS_INTERVAL": 0}
    try:
        app = create_app(config)  # the local Neo4j of `home`, as `make run` uses it
        with Graph(config) as handle:
            users = Users(handle)
            users.add("faults-admin", "admin", "a long enough password")
            token = users.create_token("faults-admin")
        client = app.test_client()
        client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"
        assert client.get("/api/summary").status_code == 200

        # 1. Hung: the process is there but answers nothing.
        pid = localdb.status(home)["pid"]
        os.kill(pid, signal.SIGSTOP)
        try:
            health, seconds = _timed(client, "/api/health")
            assert health.status_code == 503 and seconds < 3, seconds
            summary, seconds = _timed(client, "/api/summary")
            assert summary.status_code == 503 and seconds < 8, seconds
            assert summary.get_json()["error"]["code"] == "database_unavailable"
        finally:
            os.kill(pid, signal.SIGCONT)
        _recovers(client)
    finally:
        localdb.stop(home)

    # 2. Stopped: every endpoint is a fast 503.
    slow, wrong = [], []
    for endpoint, method, url in _requests(app):
        if endpoint in NO_DATABASE_NEEDED:
            continue
        started = time.monotonic()
        response = client.open(url, method=method)
        elapsed = time.monotonic() - started
        body = response.get_json(silent=True) or {}
        code = body.get("error", {}).get("code")
        if endpoint in OPEN and ((method == "POST" and code == "csrf_failed") or code == "unknown_link"):
            continue  # refused before any database work: a form without its CSRF token, a forged link
        if response.status_code != 503 or code != "database_unavailable":
            wrong.append((method, url, response.status_code))
        if elapsed > 2.0:
            slow.append((method, url, round(elapsed, 2)))
    assert wrong == []
    assert slow == []

    # 3. Started again by the administrator, without saying a port: the home keeps its port.
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["TSUNAGU_HOME"] = str(home)
    started = CliRunner().invoke(main, ["db", "start"], env=env)
    assert started.exit_code == 0, started.output
    assert urlparse(started.output.strip().splitlines()[-1]).port == port
    try:
        _recovers(client)
        assert client.get("/api/stats").get_json()["nodes"]["Person"] == 0
    finally:
        localdb.stop(home)

    # 4. Started on another port (the old one taken, or chosen): the app follows it.
    other = localdb.start(home, port=_free_port())
    try:
        assert urlparse(other.uri).port != port
        _recovers(client)
    finally:
        localdb.stop(home)


def _recovers(client) -> None:
    deadline = time.monotonic() + 30
    while client.get("/api/health").status_code != 200:
        assert time.monotonic() < deadline, "the app did not recover"
        time.sleep(0.5)
    assert client.get("/api/summary").status_code == 200


def _free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
