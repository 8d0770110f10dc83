"""Every setting Tsunagu reads, declared once with its default and a line of help.

The README's configuration table is tested against this list (tests/test_docs.py), so a
setting cannot be added without being documented.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    default: str | None
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("NEO4J_URI", None,
            "Bolt URI of an existing Neo4j (bolt://, neo4j://, neo4j+s://). When unset, "
            "Tsunagu starts its own local Neo4j in TSUNAGU_HOME."),
    Setting("NEO4J_USER", "neo4j", "User name for NEO4J_URI."),
    Setting("NEO4J_PASSWORD", None, "Password for NEO4J_URI."),
    Setting("NEO4J_DATABASE", "neo4j", "Database name inside the Neo4j server."),
    Setting("TSUNAGU_HOME", None,
            "Folder of the local Neo4j (data, logs, password), of uploads waiting to be imported "
            "and of the projection snapshots the app processes share (also with NEO4J_URI). Default: "
            "$XDG_DATA_HOME/tsunagu or ~/.local/share/tsunagu."),
    Setting("TSUNAGU_NEO4J_PORT", None,
            "Bolt port of the local Neo4j. Default: the port this home used last if it is free, else a "
            "free port."),
    Setting("TSUNAGU_NEO4J_HEAP", "2g",
            "Java heap of the local Neo4j (-Xmx). One import is one transaction: a ward-sized import "
            "(about 430,000 rows) needs 2g."),
    Setting("TSUNAGU_NEO4J_PAGECACHE", "512m", "Page cache of the local Neo4j."),
    Setting("TSUNAGU_NEO4J_TX_MEMORY", None,
            "Memory all transactions of the local Neo4j may use together. Default: Neo4j's, "
            "70% of the heap."),
    Setting("TSUNAGU_NEO4J_START_TIMEOUT", "180",
            "Seconds to wait for the local Neo4j to accept connections."),
    Setting("TSUNAGU_DB_TIMEOUT", "2",
            "Seconds the app waits for Neo4j (connect and retry) before answering 503."),
    Setting("TSUNAGU_QUERY_TIMEOUT", "60",
            "Seconds one statement may run in Neo4j before it is stopped (imports run in their own "
            "transaction and are not limited)."),
    Setting("TSUNAGU_ANALYSIS_INTERVAL", "30",
            "Seconds between checks whether the bridging scores describe the current network; when not, "
            "one app process recomputes them in the background. 0: only after imports and `tsunagu analyse`."),
    Setting("TSUNAGU_IMPORT_MAX_MB", "40",
            "Largest import accepted (a file, a zip's contents or an upload), in megabytes."),
    Setting("TSUNAGU_STAFF_IMPORT", "false",
            "Whether staff (not only admins) may import data on the upload page (/data/import) and with POST /api/import."),
    Setting("TSUNAGU_ANALYSIS_THREADS", "2",
            "Threads the analysis spreads the betweenness of the bridging scores over (it is exact; "
            "two take about half as long as one at ward scale). 1: one core only."),
    Setting("TSUNAGU_MAP_MAX_NODES", "1500",
            "A map with more people and groups than this folds people into their groups."),
    Setting("TSUNAGU_FADE_DAYS", "730",
            "A tie not confirmed (imported again) for this many days is drawn as fading on maps."),
    Setting("TSUNAGU_EMBED_ORIGINS", None,
            "Space-separated origins allowed to show /embed/ maps in an iframe (CSP frame-ancestors), "
            "e.g. https://dashboard.example.jp. Default: only this app itself."),
    Setting("TSUNAGU_AUTH", "on",
            "`on`: everything but /api/health, the sign-in page, static files and embeds needs a "
            "signed-in user or an API token. `off`: no sign-in, every visitor is an admin — only for "
            "one person on their own computer."),
    Setting("TSUNAGU_SECRET_KEY", None,
            "Key that signs session cookies; the same for every app process. Default: a random key "
            "kept in TSUNAGU_HOME/secret_key (0600)."),
    Setting("TSUNAGU_COOKIE_SECURE", "false",
            "`true` sends the session cookie over HTTPS only: set it when a TLS proxy is in front."),
    Setting("TSUNAGU_SESSION_HOURS", "8", "Hours a sign-in lasts."),
    Setting("TSUNAGU_SIGNIN_ATTEMPTS", "5",
            "Failed sign-ins per user name in 15 minutes before each further try must wait (15 s, "
            "doubling up to 15 min: 429 with Retry-After)."),
    Setting("TSUNAGU_TRUSTED_PROXIES", None,
            "How clients' addresses can be told apart: unset, they are not used for limits (behind a "
            "proxy everyone would share one); 0 when clients connect directly; N (e.g. 1) when N "
            "proxies in front set X-Forwarded-For. Then failed sign-ins and bad survey links are "
            "also limited per address."),
    Setting("TSUNAGU_PUBLIC_URL", None,
            "The address respondents reach, e.g. https://tsunagu.example.jp: survey and sign-in "
            "links and QR codes start with it. Default: the address of the request that made them."),
    Setting("TSUNAGU_BIND", "127.0.0.1:8000", "Address `tsunagu up` serves on."),
    Setting("TSUNAGU_WORKERS", "2", "gunicorn worker processes started by `tsunagu up`."),
    Setting("TSUNAGU_THREADS", "1",
            "Threads per worker: more than 1 serves with gunicorn's gthread workers, whose threads "
            "share their worker's memory (the network's projection); 1: sync workers, the default "
            "(measured against 2 × 4 threads in docs/performance.md)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def markdown_table() -> str:
    """The configuration table of docs/operating.md, made from SETTINGS (a test keeps them equal)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default is not None else "(unset)"
        rows.append(f"| `{s.name}` | {default} | {s.help} |")
    return "\n".join(rows)


def get(name: str, environ: dict | None = None) -> str | None:
    """The value of a declared setting from the environment, or its default."""
    setting = _BY_NAME[name]
    env = os.environ if environ is None else environ
    value = env.get(name)
    return value if value not in (None, "") else setting.default


def default_home(environ: dict | None = None) -> Path:
    """Where the local Neo4j keeps its data when TSUNAGU_HOME is not set."""
    explicit = get("TSUNAGU_HOME", environ)
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tsunagu"


def _optional_int(text: str | None) -> int | None:
    return None if text in (None, "") else int(text)


def parse_size(text: str) -> int:
    """'512m' → 536870912. Accepts k, m, g suffixes (case-insensitive) or plain bytes."""
    text = text.strip().lower()
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def app_config(environ: dict | None = None) -> dict:
    """The Flask configuration the environment asks for (create_app layers test config on top)."""
    return {
        "NEO4J_URI": get("NEO4J_URI", environ),
        "NEO4J_USER": get("NEO4J_USER", environ),
        "NEO4J_PASSWORD": get("NEO4J_PASSWORD", environ),
        "NEO4J_DATABASE": get("NEO4J_DATABASE", environ),
        "TSUNAGU_HOME": str(default_home(environ)),
        "DB_TIMEOUT": float(get("TSUNAGU_DB_TIMEOUT", environ)),
        "QUERY_TIMEOUT": float(get("TSUNAGU_QUERY_TIMEOUT", environ)),
        "ANALYSIS_INTERVAL": float(get("TSUNAGU_ANALYSIS_INTERVAL", environ)),
        "ANALYSIS_THREADS": max(1, int(get("TSUNAGU_ANALYSIS_THREADS", environ))),
        "MAP_MAX_NODES": int(get("TSUNAGU_MAP_MAX_NODES", environ)),
        "EMBED_ORIGINS": get("TSUNAGU_EMBED_ORIGINS", environ),
        "IMPORT_MAX_BYTES": int(float(get("TSUNAGU_IMPORT_MAX_MB", environ)) * 1_000_000),
        "STAFF_IMPORT": get("TSUNAGU_STAFF_IMPORT", environ),
        "AUTH": get("TSUNAGU_AUTH", environ),
        "FADE_DAYS": int(get("TSUNAGU_FADE_DAYS", environ)),
        "SECRET_KEY": get("TSUNAGU_SECRET_KEY", environ),
        "SESSION_COOKIE_SECURE": get("TSUNAGU_COOKIE_SECURE", environ).lower() == "true",
        "SESSION_HOURS": float(get("TSUNAGU_SESSION_HOURS", environ)),
        "SIGNIN_ATTEMPTS": int(get("TSUNAGU_SIGNIN_ATTEMPTS", environ)),
        "TRUSTED_PROXIES": _optional_int(get("TSUNAGU_TRUSTED_PROXIES", environ)),
        "PUBLIC_URL": get("TSUNAGU_PUBLIC_URL", environ),
    }
