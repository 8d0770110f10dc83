"""The production image's inputs: docker-compose.yml is valid Compose (checked by
docker-compose itself, which needs no Docker engine for `config`), the Dockerfile installs
a wheel (not an editable checkout) and runs without privileges, and the wheel carries
every file the app reads beside its code."""
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _compose() -> list[str]:
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    pytest.fail("docker-compose is missing: `make test-tools` installs Debian's docker-compose")


def test_compose_file_is_valid_and_asks_for_its_secrets():
    env = {**os.environ, "NEO4J_PASSWORD": "a-password", "TSUNAGU_SECRET_KEY": "k" * 64}
    checked = subprocess.run(_compose() + ["-f", "docker-compose.yml", "config"], cwd=ROOT, env=env,
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert "NEO4J_URI: bolt://neo4j:7687" in checked.stdout
    missing = {k: v for k, v in env.items() if k not in ("NEO4J_PASSWORD", "TSUNAGU_SECRET_KEY")}
    refused = subprocess.run(_compose() + ["-f", "docker-compose.yml", "config", "-q"], cwd=ROOT, env=missing,
                             capture_output=True, text=True)
    assert refused.returncode != 0 and "set NEO4J_PASSWORD" in refused.stderr


def test_dockerfile_installs_a_wheel_and_runs_as_a_user_without_privileges():
    lines = [line.strip() for line in (ROOT / "Dockerfile").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert not any("pip install" in line and " -e" in line for line in lines)
    users = [line for line in lines if line.startswith("USER ")]
    assert users and users[-1] not in ("USER root", "USER 0")
    assert lines.index(users[-1]) < next(i for i, line in enumerate(lines) if line.startswith("CMD"))


def test_the_wheel_holds_every_statement_template_and_demo_file(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir",
                            str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(tmp_path.glob("tsunagu-*.whl"))
    inside = set(zipfile.ZipFile(wheel).namelist())
    wanted = [p for folder in ("cypher", "seed/demo", "service/templates", "service/static")
              for p in (ROOT / folder).rglob("*") if p.is_file()]
    assert wanted
    missing = [str(p.relative_to(ROOT)) for p in wanted if str(p.relative_to(ROOT)) not in inside]
    assert missing == []
