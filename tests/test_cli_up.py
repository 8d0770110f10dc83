"""`tsunagu up` — what `make run` calls — on a fresh home: Neo4j started, demo loaded, a
first admin made with a one-time password, the map served by gunicorn; Ctrl-C stops the
server and the Neo4j it started."""
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from service import localdb


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_up_serves_the_demo_map_and_stops_cleanly(tmp_path):
    home = tmp_path / "home"
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(TSUNAGU_HOME=str(home), TSUNAGU_BIND=f"127.0.0.1:{port}", TSUNAGU_WORKERS="1")
    tsunagu = Path(sys.executable).parent / "tsunagu"
    process = subprocess.Popen([str(tsunagu), "up"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        health = _wait_for(f"http://127.0.0.1:{port}/api/health", timeout=240)
        assert '"status":"ok"' in health.replace(" ", "")
        made = subprocess.run([str(tsunagu), "token", "create", "--user", "admin", "--name", "test"],
                              env=env, capture_output=True, text=True, check=True)
        token = made.stdout.split()[-1]
        page = _wait_for(f"http://127.0.0.1:{port}/maps/whole", timeout=10, token=token)
        assert "練馬区社会福祉協議会" in page
        with pytest.raises(urllib.error.HTTPError) as refused:
            _wait_for(f"http://127.0.0.1:{port}/api/summary", timeout=1)
        assert refused.value.code == 401
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=90)
    assert "demo network loaded" in output
    assert re.search(r"one-time password \(change it at first sign-in\): \S{16}", output)
    assert localdb.status(home)["state"] == "stopped"


def _wait_for(url, timeout, token=None):
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    while True:
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)
