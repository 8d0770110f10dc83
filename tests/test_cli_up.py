"""`tsunagu up` — what `make run` calls — on a fresh home: Neo4j started, demo loaded, a
first admin made with a one-time password, the map served by gunicorn; stopping it (Ctrl-C
in a terminal, or the reader of its output going away) stops the server and the Neo4j it
started. And the first start of several workers: every worker signs people in."""
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from service import localdb

TSUNAGU = Path(sys.executable).parent / "tsunagu"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _environment(home: Path, port: int, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "TSUNAGU_"))}
    env.update({"TSUNAGU_HOME": str(home), "TSUNAGU_BIND": f"127.0.0.1:{port}", "TSUNAGU_WORKERS": "1", **extra})
    return env


def _in_a_terminal_with_tee(env: dict, log: Path) -> subprocess.Popen:
    """`tsunagu up 2>&1 | tee run.log` as a shell runs it: its own process group, as the
    foreground job of a terminal is (Ctrl-C signals the whole group)."""
    return subprocess.Popen(["bash", "-c", f'"{TSUNAGU}" up 2>&1 | tee "{log}"'], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def test_up_serves_the_demo_map_and_stops_with_ctrl_c_or_when_tee_goes(tmp_path):
    home, port = tmp_path / "home", _free_port()
    env = _environment(home, port)
    log = tmp_path / "run.log"

    # 1. First start, then the reader of the output (tee) is killed: up notices and stops all.
    shell = _in_a_terminal_with_tee(env, log)
    try:
        health = _wait_for(f"http://127.0.0.1:{port}/api/health", timeout=240)
        assert '"status":"ok"' in health.replace(" ", "")
        made = subprocess.run([str(TSUNAGU), "token", "create", "--user", "admin", "--name", "test"],
                              env=env, capture_output=True, text=True, check=True)
        token = made.stdout.split()[-1]
        page = _wait_for(f"http://127.0.0.1:{port}/maps/whole", timeout=10, token=token)
        assert "練馬区社会福祉協議会" in page
        with pytest.raises(urllib.error.HTTPError) as refused:
            _wait_for(f"http://127.0.0.1:{port}/api/summary", timeout=1)
        assert refused.value.code == 401
        assert localdb.status(home)["state"] == "running"
        served_by = subprocess.run(["pgrep", "-af", f"gunicorn.*127.0.0.1:{port}"], capture_output=True, text=True).stdout
        assert "--workers 1" in served_by and "--worker-class" not in served_by  # TSUNAGU_THREADS=1: sync
        subprocess.run(["pkill", "-KILL", "-g", str(shell.pid), "-x", "tee"], check=True)
        _wait_until(lambda: localdb.status(home)["state"] == "stopped", 90, "Neo4j still runs after tee went away")
        shell.wait(timeout=30)
    finally:
        _stop_group(shell)
    output = log.read_text(encoding="utf-8")
    assert "demo network loaded" in output
    assert re.search(r"one-time password \(change it at first sign-in\): \S{16}", output)

    # 2. Started again, then Ctrl-C in the terminal (SIGINT to the whole group, tee included).
    shell = _in_a_terminal_with_tee(env, log)
    try:
        _wait_for(f"http://127.0.0.1:{port}/api/health", timeout=120)
        os.killpg(shell.pid, signal.SIGINT)
        _wait_until(lambda: localdb.status(home)["state"] == "stopped", 90, "Neo4j still runs after Ctrl-C")
    finally:
        _stop_group(shell)


ROUNDS, WORKERS = 3, 4


def test_first_start_every_worker_signs_in(neo4j, tmp_path):
    """The secret key is made before the workers start: on a fresh home, every one of four
    workers answers the sign-in page (which needs the key), in each of three first starts."""
    for round_ in range(ROUNDS):
        home, port = tmp_path / f"fresh-{round_}", _free_port()
        env = _environment(home, port, NEO4J_URI=neo4j.uri, NEO4J_USER=neo4j.user,
                           NEO4J_PASSWORD=neo4j.password, TSUNAGU_WORKERS=str(WORKERS),
                           GUNICORN_CMD_ARGS="--access-logformat 'worker=%(p)s status=%(s)s path=%(U)s'")
        log = tmp_path / f"up-{round_}.log"  # a file, not a pipe: thousands of access-log lines
        process = subprocess.Popen([str(TSUNAGU), "up", "--no-demo"], env=env, stdout=log.open("w"),
                                   stderr=subprocess.STDOUT, text=True, start_new_session=True)
        try:
            _wait_for(f"http://127.0.0.1:{port}/api/health", timeout=60)
            statuses, until = [], time.monotonic() + 10  # long enough for every worker to have booted
            with ThreadPoolExecutor(8) as pool:
                while time.monotonic() < until or len(statuses) < 400:
                    statuses += pool.map(lambda _i: _status(f"http://127.0.0.1:{port}/sign-in"), range(40))
            assert set(statuses) == {200}, statuses
        finally:
            process.send_signal(signal.SIGHUP)  # the terminal closed: up stops the server
            process.wait(timeout=60)
        output = log.read_text(encoding="utf-8")
        answered = {m.group(1) for m in re.finditer(r"worker=(<\d+>|\d+) status=200 path=/sign-in", output)}
        assert len(answered) == WORKERS, output[-3000:]
        assert "RuntimeError" not in output and "secret key" not in output
        assert (home / "secret_key").stat().st_mode & 0o777 == 0o600


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


def _stop_group(shell: subprocess.Popen) -> None:
    if shell.poll() is None:
        try:
            os.killpg(shell.pid, signal.SIGINT)
            shell.wait(timeout=60)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(shell.pid, signal.SIGKILL)


def _wait_until(condition, timeout: float, message: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.5)


def _wait_for(url, timeout, token=None):
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    while True:
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.read().decode("utf-8")
        except urllib.error.HTTPError:
            raise
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)
