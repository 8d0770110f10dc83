"""Imports through the browser: an uploaded file is kept (readable by its owner only) under
TSUNAGU_HOME/uploads/<token>/ between the preview and the import, and the import runs in a
thread of the app that writes its progress to status.json there, so that any worker can
answer "how far is it?" and the page can show it. The preview keeps what it checked
(checked.pickle, with the graph version it was checked against): the import writes it
without reading and checking the file again, unless the network changed in between. Nothing
is written to the graph unless the whole file is right (service/importer/run.py)."""
from __future__ import annotations

import json
import os
import pickle
import re
import secrets
import shutil
import threading
import time
from pathlib import Path

from . import audit, backup, precompute
from .importer.problems import problem
from .importer.run import ImportReport, import_checked, import_path
from .importer.write import SAVING

KEEP_SECONDS = 24 * 3600  # an upload nobody imported is removed after a day
TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,60}$")
SUFFIXES = (".xlsx", ".csv", ".zip")


def folder(config: dict) -> Path:
    path = Path(config["TSUNAGU_HOME"]) / "uploads"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def stage(config: dict, filename: str, data: bytes, user: str | None) -> str:
    """Keep an upload for its preview and import; return its token."""
    _forget_old(folder(config))
    token = secrets.token_urlsafe(24)
    place = folder(config) / token
    place.mkdir(mode=0o700)
    target = place / _safe_name(filename)  # a CSV's name says which table it is (people.csv)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    _write_status(place, {"state": "staged", "filename": filename[:200], "user": user, "at": time.time()})
    return token


def staged(config: dict, token: str) -> Path | None:
    """The staged file of `token`, or None (unknown, malformed or removed)."""
    if not TOKEN.match(token or ""):
        return None
    place = folder(config) / token
    found = [p for p in place.iterdir() if p.suffix.lower() in SUFFIXES] if place.is_dir() else []
    return found[0] if found else None


def keep_checked(config: dict, token: str, checked, version: str, prune: bool, removing: int,
                 adding: list[tuple[str, str]]) -> None:
    """Keep the preview's checked reading of `token` for its import (owner-only file), and
    what it planned: whether it deletes what the file lacks, and how many (the import must
    be asked as previewed, and confirmed when it deletes); the first nodes it adds, as
    (label, id), for the page that says it is done to link to."""
    place = folder(config) / token
    _write_status(place, {**(status(config, token) or {}), "prune": prune, "removing": removing,
                          "adding": [list(pair) for pair in adding]})
    fd = os.open(place / "checked.pickle", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        pickle.dump({"version": version, "checked": checked}, handle, protocol=pickle.HIGHEST_PROTOCOL)


def _kept_checked(place: Path, version: str):
    """The checked reading the preview kept, if the network is still the one it was checked
    against; else None (the file is read and checked again)."""
    try:
        with open(place / "checked.pickle", "rb") as handle:  # written by this service, in its own folder
            kept = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return kept["checked"] if kept.get("version") == version else None


def status(config: dict, token: str) -> dict | None:
    """The state of the upload `token`, or None (unknown or malformed)."""
    if not TOKEN.match(token or ""):
        return None
    try:
        return json.loads((folder(config) / token / "status.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def start(graph, config: dict, token: str, prune: bool, user: str | None) -> bool:
    """Import the staged file of `token` in a thread; False when it is not staged or is being
    (or was) imported already."""
    path = staged(config, token)
    if path is None:
        return False
    place = path.parent
    try:  # one import per upload, whichever worker is asked (twice, by a double click)
        os.close(os.open(place / "started", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return False
    current = status(config, token) or {}
    _write_status(place, {**current, "state": "writing", "done": 0, "total": None, "prune": prune})

    def work():
        counts = {"done": 0}

        def progress(stem: str, count: int) -> None:
            counts["done"] += count
            _write_status(place, {**current, "state": "saving" if stem == SAVING else "writing",
                                  "done": counts["done"], "total": counts.get("total")})

        def checked(rows: int) -> None:
            counts["total"] = rows

        try:
            kept = _kept_checked(place, graph.version())
            if prune and kept is None:  # what would go was counted on another network: not what was confirmed
                report = ImportReport(False, False, 0, problems=[problem("changed_since_preview",
                                                                         current.get("filename", ""))])
            else:
                if prune:  # what the file lacks is deleted: the network as it was is kept first
                    _write_status(place, {**current, "state": "backup"})
                    current["backup"] = backup.keep_before(graph, Path(config["TSUNAGU_HOME"]) / "backups",
                                                           "prune").name
                report = import_checked(graph, kept, prune=prune, progress=progress, on_checked=checked) \
                    if kept is not None else import_path(graph, path, config["IMPORT_MAX_BYTES"], prune=prune,
                                                         progress=progress, on_checked=checked)
        except Exception as error:  # reported on the page; nothing was written (one transaction)
            _write_status(place, {**current, "state": "failed", "error": type(error).__name__})
            raise
        if report.ok:
            audit.record(graph, "import", detail=f"{current.get('filename', '')[:100]}: {report.rows} rows"
                         + (" (prune)" if prune else ""), user=user)
            precompute.refresh_in_background(graph)
        _write_status(place, {**current, "state": "done" if report.ok else "refused", "report": report.as_dict()})
        path.unlink(missing_ok=True)  # the data is in the graph (or was refused): the copy goes
        (place / "checked.pickle").unlink(missing_ok=True)

    threading.Thread(target=work, name=f"import-{token[:6]}", daemon=True).start()
    return True


def _safe_name(filename: str) -> str:
    """The uploaded file's own name, without folders or characters a file name cannot hold."""
    name = re.sub(r"[\x00-\x1f/\\:*?\"<>|]", "_", Path(filename.replace("\\", "/")).name).lstrip(".")[:120]
    return name if Path(name).suffix.lower() in SUFFIXES else f"{name or 'upload'}.csv"


def _write_status(place: Path, value: dict) -> None:
    temporary = place / "status.json.tmp"
    temporary.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, place / "status.json")


def _forget_old(root: Path) -> None:
    for place in root.iterdir():
        try:
            if place.is_dir() and time.time() - place.stat().st_mtime > KEEP_SECONDS:
                shutil.rmtree(place, ignore_errors=True)
        except OSError:
            continue
