"""The local Neo4j launcher: status, stale pid files, taken ports, crashes, timeouts, no Java."""
import json
import os
import shutil
import socket
import stat

import pytest
from click.testing import CliRunner

from service import localdb
from service.cli import main


def test_running_instance_is_reported_and_its_password_is_private(neo4j, neo4j_home):
    state = localdb.status(neo4j_home)
    assert state["state"] == "running"
    assert state["uri"] == neo4j.uri
    assert neo4j.uri.startswith("bolt://127.0.0.1:")
    mode = stat.S_IMODE(os.stat(neo4j_home / "password").st_mode)
    assert mode == 0o600


def test_start_twice_returns_the_running_instance(neo4j, neo4j_home):
    assert localdb.start(neo4j_home) == neo4j


def test_cli_status_json(neo4j, neo4j_home):
    result = CliRunner().invoke(main, ["db", "status", "--json"], env={"TSUNAGU_HOME": str(neo4j_home)})
    assert result.exit_code == 0
    assert json.loads(result.output)["state"] == "running"


def test_stale_pid_file_is_reported_and_cleaned(tmp_path):
    home = tmp_path / "stale"
    home.mkdir()
    dead = _dead_pid()
    (home / "run.json").write_text(json.dumps({"pid": dead, "port": 1}))
    assert localdb.status(home)["state"] == "stale"
    result = CliRunner().invoke(main, ["db", "stop"], env={"TSUNAGU_HOME": str(home)})
    assert result.exit_code == 0
    assert "stale" in result.output
    assert not (home / "run.json").exists()
    assert localdb.status(home)["state"] == "stopped"


def test_port_taken_is_a_clear_error(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(localdb.LocalNeo4jError, match=f"Port {port} .* already in use"):
            localdb.start(tmp_path / "busy", port=port)


def test_crash_at_start_shows_the_log(tmp_path):
    with pytest.raises(localdb.LocalNeo4jError, match="exited during start-up") as err:
        localdb.start(tmp_path / "crash", heap="1k")
    assert "heap" in str(err.value).lower()
    assert localdb.status(tmp_path / "crash")["state"] == "stopped"


def test_start_timeout_names_the_setting_and_shows_the_log(tmp_path):
    with pytest.raises(localdb.LocalNeo4jError, match="TSUNAGU_NEO4J_START_TIMEOUT") as err:
        localdb.start(tmp_path / "slow", timeout=0.5)
    assert "launcher.log" in str(err.value)
    assert localdb.status(tmp_path / "slow")["state"] == "stopped"


def test_no_java_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(localdb.LocalNeo4jError, match="Java was not found"):
        localdb.start(tmp_path / "nojava")


def test_no_maven_is_a_clear_error(tmp_path, monkeypatch):
    java_dir = tmp_path / "bin"
    java_dir.mkdir()
    (java_dir / "java").symlink_to(_which("java"))
    monkeypatch.setenv("PATH", str(java_dir))
    launcher = tmp_path / "launcher"  # a copy that was never built, so Maven is needed
    shutil.copytree(localdb.LAUNCHER_DIR, launcher, ignore=shutil.ignore_patterns("target"))
    monkeypatch.setattr(localdb, "LAUNCHER_DIR", launcher)
    with pytest.raises(localdb.LocalNeo4jError, match="Maven"):
        localdb.start(tmp_path / "nomaven")


def _which(name):
    return os.path.realpath(shutil.which(name))


def _dead_pid():
    import subprocess
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid
