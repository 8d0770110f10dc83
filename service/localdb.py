"""The local Neo4j: Neo4j Community fetched by Maven and run as a process on 127.0.0.1.

One home folder holds one instance: its data, logs, generated password (0600) and a run
file with the pid and Bolt port. Several homes can run side by side; a home is opened by
one process at a time (a lock file serialises starts, Neo4j itself locks the store).
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from . import clock, settings
from .lang import _

LAUNCHER_DIR = Path(__file__).resolve().parent.parent / "neo4j-launcher"
LAUNCHER_MAIN = "tsunagu.Launcher"
USER = "neo4j"
READY_MARKER = b"tsunagu-launcher: ready"


class LocalNeo4jError(RuntimeError):
    """A problem starting or stopping the local Neo4j, worded for the person at the terminal."""


@dataclass(frozen=True)
class Connection:
    uri: str
    user: str
    password: str


def status(home: Path) -> dict:
    """State of the instance in `home`: running, stopped, or stale (pid file of a dead process)."""
    run = _read_run_file(home)
    if run is None:
        return {"state": "stopped", "home": str(home)}
    if not _is_our_process(run["pid"], home):
        return {"state": "stale", "home": str(home), "pid": run["pid"]}
    return {"state": "running", "home": str(home), "pid": run["pid"], "port": run["port"],
            "uri": _uri(run["port"])}


def connection(home: Path) -> Connection | None:
    """How to reach the running instance in `home`, or None when it is not running."""
    state = status(home)
    if state["state"] != "running":
        return None
    return Connection(state["uri"], USER, _password_file(home).read_text().strip())


def start(home: Path, port: int | None = None, heap: str | None = None,
          pagecache: str | None = None, timeout: float | None = None, tx_memory: str | None = None,
          progress: Callable[[str], None] = lambda _msg: None) -> Connection:
    """Start the instance in `home` (or return the one already running) and wait until it answers."""
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    with _home_lock(home):
        running = connection(home)
        if running is not None:
            return running
        _clean_stale(home, progress)
        java = _require_java()
        classpath = build(progress)
        port = _port_for(home, port if port is not None else _env_int("TSUNAGU_NEO4J_PORT"))
        password = _ensure_password(home)
        heap = heap or settings.get("TSUNAGU_NEO4J_HEAP")
        pagecache_bytes = settings.parse_size(pagecache or settings.get("TSUNAGU_NEO4J_PAGECACHE"))
        timeout = timeout if timeout is not None else float(settings.get("TSUNAGU_NEO4J_START_TIMEOUT"))
        tx_memory = tx_memory or settings.get("TSUNAGU_NEO4J_TX_MEMORY")
        log_path = home / "logs" / "launcher.log"
        log_path.parent.mkdir(exist_ok=True)
        command = [java, f"-Xmx{heap}", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8",
                   "-cp", classpath, LAUNCHER_MAIN, "--home", str(home), "--port", str(port),
                   "--password-file", str(_password_file(home)), "--pagecache", str(pagecache_bytes),
                   "--timezone", clock.NEO4J_ZONE]
        if tx_memory:
            command += ["--tx-memory", str(settings.parse_size(tx_memory))]
        progress(_("Neo4j を起動しています: 127.0.0.1:%(port)s(ホーム %(home)s)", port=port, home=home))
        with open(log_path, "ab") as log:
            log_offset = log.tell()
            log.write(f"\n--- start {time.strftime('%Y-%m-%dT%H:%M:%S')} port {port}\n".encode())
            log.flush()
            process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL, start_new_session=True)
        _write_run_file(home, process.pid, port)
        conn = Connection(_uri(port), USER, password)
        try:
            _wait_until_ready(process, conn, timeout, log_path, log_offset)
        except LocalNeo4jError:
            _run_file(home).unlink(missing_ok=True)
            raise
        progress(_("Neo4j の準備ができました: %(uri)s", uri=conn.uri))
        return conn


def stop(home: Path, timeout: float = 60.0,
         progress: Callable[[str], None] = lambda _msg: None) -> bool:
    """Stop the instance in `home`. Returns False when nothing was running."""
    home = Path(home)
    with _home_lock(home):
        state = status(home)
        if state["state"] == "stale":
            _clean_stale(home, progress)
            return False
        if state["state"] == "stopped":
            return False
        pid = state["pid"]
        progress(_("Neo4j を停止しています(pid %(pid)s)", pid=pid))
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
            progress(_("Neo4j が時間内に止まらなかったため強制終了しました"))
        _run_file(home).unlink(missing_ok=True)
        return True


def build(progress: Callable[[str], None] = lambda _msg: None) -> str:
    """Fetch Neo4j with Maven and compile the launcher when needed; return the Java classpath."""
    target = LAUNCHER_DIR / "target"
    classpath_file = target / "classpath.txt"
    classes = target / "classes"
    sources = [LAUNCHER_DIR / "pom.xml", *sorted((LAUNCHER_DIR / "src").rglob("*.java"))]
    newest_source = max(p.stat().st_mtime for p in sources)
    target.mkdir(exist_ok=True)
    with _file_lock(target / ".build.lock"):
        if not classpath_file.exists() or classpath_file.stat().st_mtime < newest_source:
            mvn = shutil.which("mvn")
            if mvn is None:
                raise LocalNeo4jError(_("Maven (mvn) が見つかりません。Maven 3 をインストールしてください(例: apt-get install maven)。既にある Neo4j を使うなら NEO4J_URI を設定してください。"))
            progress(_("Neo4j Community 5.26 を Maven で取得しています(初回のみ、約120MB)…"))
            log_path = target / "build.log"
            with open(log_path, "wb") as log:
                result = subprocess.run([mvn, "-B", "-q", "-f", str(LAUNCHER_DIR / "pom.xml"),
                                         "package", "-DskipTests"], stdout=log, stderr=subprocess.STDOUT)
            if result.returncode != 0 or not classpath_file.exists():
                raise LocalNeo4jError(_("Maven で Neo4j を取得できませんでした(終了コード %(code)s)。%(log)s の最後の行:",
                                        code=result.returncode, log=log_path) + "\n" + _tail(log_path))
            classpath_file.touch()  # Maven leaves an unchanged file as it was: mark this build
    return f"{classes}{os.pathsep}{classpath_file.read_text().strip()}"


# ---------------------------------------------------------------------------------------
def _require_java() -> str:
    java = shutil.which("java")
    if java is None:
        raise LocalNeo4jError(_("Java が見つかりません。JDK 17 以上をインストールしてください(例: apt-get install openjdk-17-jdk-headless)。既にある Neo4j を使うなら NEO4J_URI を設定してください。"))
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    match = re.search(r'version "(\d+)', out)
    if match and int(match.group(1)) < 17:
        raise LocalNeo4jError(_("Java %(version)s は古すぎます。Neo4j 5.26 には Java 17 以上が必要です。", version=match.group(1)))
    return java


def _port_for(home: Path, asked: int | None) -> int:
    """The port asked for; else the one this home used last (so that an app still running
    finds its Neo4j again after `db stop` and `db start`), when it is still free; else a free one."""
    if asked is not None:
        port = _choose_port(asked)
    else:
        last = _last_port(home)
        port = last if last is not None and _is_free(last) else _choose_port(None)
    (home / "port").write_text(str(port))
    return port


def _last_port(home: Path) -> int | None:
    try:
        return int((home / "port").read_text().strip())
    except (OSError, ValueError):
        return None


def _is_free(port: int) -> bool:
    try:
        _choose_port(port)
        return True
    except LocalNeo4jError:
        return False


def _choose_port(port: int | None) -> int:
    if port is None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]
    with socket.socket() as sock:
        # SO_REUSEADDR: connections of a stopped Neo4j in TIME_WAIT do not block a restart on
        # its port; a port with a listener still fails.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            raise LocalNeo4jError(_("ポート %(port)s は既に使われています。TSUNAGU_NEO4J_PORT で別のポートを指定するか、指定せずに空いているポートを使ってください。", port=port)) from None
    return port


def _wait_until_ready(process: subprocess.Popen, conn: Connection, timeout: float,
                      log_path: Path, log_offset: int) -> None:
    """Wait for the launcher's ready line (the password is set by then), then for Bolt.

    Connecting earlier would fail authentication, and Neo4j rate-limits failed attempts."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise LocalNeo4jError(_("Neo4j が起動中に終了しました(終了コード %(code)s)。%(log)s の最後の行:",
                                    code=process.returncode, log=log_path) + "\n" + _tail(log_path))
        if _launcher_ready(log_path, log_offset) and _answers(conn):
            return
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise LocalNeo4jError(_("Neo4j が %(seconds)s 秒以内に起動しませんでした(遅い機械なら TSUNAGU_NEO4J_START_TIMEOUT を増やしてください)。%(log)s の最後の行:",
                                    seconds=f"{timeout:.0f}", log=log_path) + "\n" + _tail(log_path))
        time.sleep(0.5)


def _launcher_ready(log_path: Path, offset: int) -> bool:
    try:
        with open(log_path, "rb") as log:
            log.seek(offset)
            return READY_MARKER in log.read()
    except OSError:
        return False


def _answers(conn: Connection) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", int(conn.uri.rsplit(":", 1)[1])), timeout=1):
            pass
    except OSError:
        return False
    try:
        with GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password),
                                  connection_timeout=2) as driver:
            driver.verify_connectivity()
        return True
    except (ServiceUnavailable, AuthError, OSError):
        return False


def _clean_stale(home: Path, progress: Callable[[str], None]) -> None:
    run = _read_run_file(home)
    if run is not None and not _is_our_process(run["pid"], home):
        progress(_("前回の Neo4j(pid %(pid)s)は既に終了しています。古い実行ファイルを削除します", pid=run["pid"]))
        _run_file(home).unlink(missing_ok=True)


def _ensure_password(home: Path) -> str:
    path = _password_file(home)
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(24))
    os.chmod(path, 0o600)
    return path.read_text().strip()


def _is_our_process(pid: int, home: Path) -> bool:
    if not _alive(pid):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc (macOS): trust the live pid
    return LAUNCHER_MAIN.encode() in cmdline and str(home).encode() in cmdline


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie child of this process counts as dead
        waited, _ = os.waitpid(pid, os.WNOHANG)
        return waited == 0
    except ChildProcessError:
        return True


@contextmanager
def _home_lock(home: Path):
    with _file_lock(home / "lock"):
        yield


@contextmanager
def _file_lock(path: Path):
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _tail(path: Path, lines: int = 25) -> str:
    try:
        text = path.read_text(errors="replace").splitlines()
    except OSError:
        return "(no log)"
    return "\n".join(text[-lines:])


def _env_int(name: str) -> int | None:
    value = settings.get(name)
    return int(value) if value else None


def _uri(port: int) -> str:
    return f"bolt://127.0.0.1:{port}"


def _password_file(home: Path) -> Path:
    return home / "password"


def _run_file(home: Path) -> Path:
    return home / "run.json"


def _read_run_file(home: Path) -> dict | None:
    try:
        return json.loads(_run_file(home).read_text())
    except (OSError, ValueError):
        return None


def _write_run_file(home: Path, pid: int, port: int) -> None:
    _run_file(home).write_text(json.dumps({"pid": pid, "port": port}))
