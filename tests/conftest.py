"""Test fixtures: a real Neo4j, started once per test session in a temporary home.

No mocks: every test talks to Neo4j Community 5.26 run by service.localdb, exactly as a
user's `make run` does, only in its own folder and on its own port.
"""
from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from service import create_app, cypher, localdb, precompute
from service.auth.users import ROLES, Users
from service.graph import Graph
from service.privacy import Reader
from service.seed import load_demo

OUTPUT_DIR = Path(__file__).resolve().parent.parent / "test-output"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def neo4j_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("tsunagu-home")


@pytest.fixture(scope="session")
def neo4j(neo4j_home):
    """Connection details of the session's Neo4j; stopped when the session ends."""
    conn = localdb.start(neo4j_home, progress=print)
    yield conn
    localdb.stop(neo4j_home)


@pytest.fixture(scope="session")
def config(neo4j) -> dict:
    return {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password,
            "NEO4J_DATABASE": "neo4j", "DB_TIMEOUT": 5, "TESTING": True, "SECRET_KEY": "tests-only-" + "k" * 32,
            "AUTH": "on", "ANALYSIS_INTERVAL": 0}


@pytest.fixture(scope="session")
def graph(config):
    """The tests' own graph handle, reading as staff (as the command line does)."""
    handle = Graph(config)
    yield handle
    handle.close()


@pytest.fixture(scope="session")
def admin_graph(graph):
    return graph.for_reader(Reader("admin"))


@pytest.fixture(scope="session")
def driver(graph):
    """The raw driver, for tests that look at the database directly."""
    return graph.driver


@pytest.fixture(scope="session")
def app(config):
    return create_app(config)


PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def accounts(app, graph) -> dict[str, str]:
    """One user per role (test-admin, test-staff, test-viewer) and an API token for each."""
    users = Users(graph)
    tokens = {}
    for role in ROLES:
        if users.find(f"test-{role}") is None:
            users.add(f"test-{role}", role, PASSWORD)
        tokens[role] = users.create_token(f"test-{role}", "tests")
    return tokens


def signed_in(app, token: str | None):
    """A test client that sends `token` as a Bearer token with every request."""
    test_client = app.test_client()
    if token:
        test_client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return test_client


@pytest.fixture()
def client(app, accounts):
    """A staff member's client: reads everything, sees public and internal names."""
    return signed_in(app, accounts["staff"])


@pytest.fixture()
def admin_client(app, accounts):
    return signed_in(app, accounts["admin"])


@pytest.fixture()
def viewer_client(app, accounts):
    return signed_in(app, accounts["viewer"])


@pytest.fixture()
def anonymous_client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def demo(graph):
    """The demo network, loaded into an emptied database once for the tests that read it,
    with its bridging scores computed (as an import does)."""
    clear(graph.driver)
    return load_demo_and_analyse(graph)


def load_demo_and_analyse(graph) -> dict:
    written = load_demo(graph)
    analyse(graph)
    return written


def analyse(graph) -> None:
    """Compute and store the measures, as the background analysis does after an import — once
    an analysis still running from an earlier test (an edit or an upload starts one) has let
    go of the lease; else this one would be skipped and the earlier network's measures read."""
    deadline = time.monotonic() + 300
    while precompute.refresh(graph, force=True) is None:
        assert time.monotonic() < deadline, "an analysis kept the lease for five minutes"
        time.sleep(0.2)


@pytest.fixture(scope="session")
def live_server(app, demo):
    """The app served over HTTP on a free loopback port, for browser tests."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT_DIR.mkdir(exist_ok=True)
    return OUTPUT_DIR


def analyses_done() -> None:
    """Wait for the background analyses earlier tests started (an edit, an upload) to end."""
    for thread in threading.enumerate():
        if thread.name == "tsunagu-analysis":
            thread.join(timeout=300)


def clear(driver) -> None:
    """An empty network; the test users and their tokens stay. `driver` may be a driver or
    a graph handle."""
    analyses_done()  # an analysis an edit or an upload started would store its network's measures over the next test's
    driver = getattr(driver, "driver", driver)
    with driver.session(database="neo4j") as session:
        session.run(cypher.load("admin/delete_network")).consume()


def pytest_configure(config):
    os.environ.setdefault("TSUNAGU_NEO4J_HEAP", "768m")


@pytest.fixture()
def fresh_graph(graph, demo):
    """An empty database for one test (the graph handle to it); the demo network is put back
    afterwards so that the tests that read it see it whatever the order."""
    clear(graph.driver)
    yield graph
    clear(graph.driver)
    load_demo_and_analyse(graph)


NOT_NETWORK = ["TsunaguMeta", "User", "ApiToken", "EmbedToken", "AuditEntry", "SignInThrottle"]


def fingerprint(driver) -> tuple:
    """The whole network, as a comparable value: nodes with their properties and labels, ties
    with theirs (users, tokens and the audit log are not part of it). `driver` may be a
    driver or a graph handle."""
    driver = getattr(driver, "driver", driver)
    nodes, _, _ = driver.execute_query(
        f"MATCH (n) WHERE NOT any(label IN labels(n) WHERE label IN {NOT_NETWORK!r}) "
        "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id")
    ties, _, _ = driver.execute_query(
        f"MATCH (a)-[r]->(b) WHERE NOT any(label IN labels(a) WHERE label IN {NOT_NETWORK!r}) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props "
        "ORDER BY a, t, b")
    def own(props):  # precomputed bridging_* scores are derived, not data
        return repr(sorted((k, v) for k, v in props.items() if not k.startswith("bridging_")))

    return (tuple((r["id"], tuple(sorted(r["labels"])), own(r["props"])) for r in nodes),
            tuple((r["a"], r["t"], r["b"], own(r["props"])) for r in ties))


def write_tables(folder: Path, **tables) -> Path:
    """Small hand-built tables (stem → list of dicts) as template CSV files in `folder`."""
    import csv
    folder.mkdir(parents=True, exist_ok=True)
    for stem, rows in tables.items():
        with open(folder / f"{stem}.csv", "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(dict.fromkeys(k for row in rows for k in row)))
            writer.writeheader()
            writer.writerows(rows)
    return folder


def build_graph(graph, folder: Path, **tables) -> None:
    """Import small hand-built tables (stem → list of dicts) through the real importer, then
    compute the stored measures as the background analysis does after an import."""
    from service.importer.run import import_path
    write_tables(folder, **tables)
    report = import_path(graph, folder, 50_000_000)
    assert report.ok, [p.line() for p in report.problems]
    analyse(graph)


@pytest.fixture(scope="session")
def chromium():
    """Debian's headless Chromium, driven by Playwright (which cannot fetch its own browsers here)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


def guarded_page(context, live_server: str):
    """A new page of `context` that may ask only the app for anything: requests to other
    hosts are refused and listed in `page.foreign`, script errors in `page.problems`."""
    tab = context.new_page()
    tab.foreign, tab.problems = [], []

    def guard(route):
        if route.request.url.startswith(live_server):
            route.continue_()
        else:
            tab.foreign.append(route.request.url)
            route.abort()

    tab.route("**/*", guard)
    tab.on("pageerror", lambda err: tab.problems.append(str(err)))
    return tab


class SignedInBrowser:
    """Chromium whose pages send a staff member's API token with every request (sign-in
    itself is tested with `chromium` directly)."""

    def __init__(self, browser, token: str):
        self.browser = browser
        self.headers = {"Authorization": f"Bearer {token}"}

    def new_page(self, **options):
        return self.browser.new_page(extra_http_headers=self.headers, **options)

    def new_context(self, **options):
        return self.browser.new_context(extra_http_headers=self.headers, **options)


@pytest.fixture(scope="session")
def browser(chromium, accounts):
    return SignedInBrowser(chromium, accounts["staff"])


def pytest_sessionstart(session):
    """The command line speaks the language of LANG: the tests read its English."""
    os.environ["LANG"] = "C.UTF-8"
    os.environ.pop("LC_ALL", None)
    os.environ.pop("LC_MESSAGES", None)
