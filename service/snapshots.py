"""The projection of one version of the network, kept on disk in TSUNAGU_HOME/snapshots and
shared by every process of the machine: the first process to load a version from Neo4j (the
background analysis, right after an import) writes it, and the others read it in about half
a second instead of loading it again (about 7 s at ward scale: 50,000 people, 380,000 ties).

A snapshot holds what the projection holds — ids, kinds, sectors, places, the dates and kinds
of ties, never a name — so it may be kept like any other answer. It is written whole under a
temporary name and moved into place (0600), named by a hash of the database and the version;
older ones are removed. It is a pickle: only the app itself writes TSUNAGU_HOME.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import threading
from pathlib import Path

from .analysis.projection import Projection

log = logging.getLogger(__name__)
FORMAT = 2   # raise when Projection's fields change: older snapshots are then never read (2: ties as tuples)
KEEP = 2     # snapshots kept: the current version's, and the previous one's while workers move on


def folder(config: dict) -> Path | None:
    home = config.get("TSUNAGU_HOME")
    return Path(home) / "snapshots" if home else None


def read(config: dict, version: str) -> Projection | None:
    """The projection of `version` if a process of this machine kept it, else None."""
    path = _path(config, version)
    if path is None or not path.exists():
        return None
    enabled = gc.isenabled()
    gc.disable()  # a million small objects: collecting while they arrive only slows it down
    try:
        with open(path, "rb") as handle:
            fields = pickle.load(handle)
        return Projection(**fields)
    except Exception as err:  # damaged or of another format: load from Neo4j instead
        log.warning("projection snapshot %s not read: %s", path.name, err)
        return None
    finally:
        if enabled:
            gc.enable()


def write(config: dict, projection: Projection) -> None:
    """Keep `projection` for the other processes; a failure only costs them time."""
    path = _path(config, projection.version)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")  # each writer its own
        fields = {name: getattr(projection, name) for name in
                  ("graph", "ids", "index", "nodes", "edges", "version", "ties", "held", "as_of", "min_confidence")}
        with open(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as handle:
            pickle.dump(fields, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        _forget_older(path)
    except OSError as err:
        log.warning("projection snapshot not written: %s", err)


# ---------------------------------------------------------------------------------------
def of_database(config: dict, what: str) -> str:
    """A hash naming `what` of this database (its address and name) in a file of TSUNAGU_HOME,
    which several databases may share: another database's file is never read as this one's."""
    place = f"{config.get('NEO4J_URI') or 'local'}|{config.get('NEO4J_DATABASE') or 'neo4j'}|{what}"
    return hashlib.sha256(place.encode()).hexdigest()


def _path(config: dict, version: str) -> Path | None:
    where = folder(config)
    if where is None:
        return None
    return where / f"projection-{FORMAT}-{of_database(config, version)[:24]}.pickle"


def _forget_older(kept: Path) -> None:
    others = sorted((p for p in kept.parent.glob("projection-*.pickle") if p != kept),
                    key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in others[KEEP - 1:]:
        old.unlink(missing_ok=True)
    for stale in kept.parent.glob("projection-*.tmp"):
        if stale.stat().st_mtime < kept.stat().st_mtime - 600:
            stale.unlink(missing_ok=True)
