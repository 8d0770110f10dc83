"""Answers that take tens of seconds — 地域の顔役 of a whole ward on other ties or of another
day (15-60 s on two cores) — without a request waiting for one.

A sync worker that computes for a minute serves nobody else meanwhile (two such requests stop
the service), and gunicorn ends a request after 120 s. So the first process asked computes
the answer in a thread and writes it to TSUNAGU_HOME/answers, and every request until then is
told `Pending` (the page says it is computing and asks again; the API answers 202 with
Retry-After). An exclusive mark file lets one process of the machine compute a question at a
time: a worker asked what another is computing waits for its file, it does not compute too.

What is written holds what the caller's `compute` returns, which must be ids and numbers only
(JSON; names are applied per request, at the reader's level). Files are named by a hash of the
database, the graph version and the question, so a new import never reads an older answer;
they are removed after a day. Small networks are answered at once: waiting would only slow
them (`answer`'s `quick`).
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any, Callable

from . import snapshots
from .errors import ApiError
from .lang import N_

log = logging.getLogger(__name__)
RETRY_SECONDS = 5
ABANDONED_SECONDS = 900   # a mark older than this is of a process that died while computing
KEEP_SECONDS = 24 * 3600
COMPUTING = N_("計算しています。区全体では1分ほどかかることがあります。このページは自動で更新されます。")


class Pending(ApiError):
    """The answer is being computed; ask again in RETRY_SECONDS."""

    def __init__(self):
        super().__init__(202, "computing", COMPUTING, retry_after=RETRY_SECONDS)


def answer(graph, key: tuple, compute: Callable[[], Any], quick: bool) -> Any:
    """The answer of `key` (which must include the graph version): kept by this process, or
    written by any process of the machine, or computed now when `quick`; else its computation
    is started (unless a process is at it) and Pending raised."""
    kept = graph.caches.answers.peek(key)
    if kept is not None:
        return kept
    path = _path(graph.config, key)
    if quick or path is None:
        return graph.caches.answers.get(key, compute)
    found = _read(path)
    if found is not None:
        return graph.caches.answers.get(key, lambda: found)
    if _claim(path):
        found = _read(path)  # written, and its mark removed, between the look above and the claim
        if found is not None:
            _mark(path).unlink(missing_ok=True)
            return graph.caches.answers.get(key, lambda: found)
        threading.Thread(target=_work, args=(path, compute), name="tsunagu-slow-answer", daemon=True).start()
    raise Pending()


def _work(path: Path, compute: Callable[[], Any]) -> None:
    mark = _mark(path)
    try:
        found = compute()
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with open(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as handle:
            json.dump(found, handle, ensure_ascii=False)
        os.replace(temporary, path)
    except Exception:  # the next request starts it again
        log.exception("slow answer not computed: %s", path.name)
    finally:
        mark.unlink(missing_ok=True)


def _claim(path: Path) -> bool:
    """True for the one process that is to compute `path` now."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _forget_old(path.parent)
    mark = _mark(path)
    try:
        if time.time() - mark.stat().st_mtime > ABANDONED_SECONDS:
            mark.unlink(missing_ok=True)
    except FileNotFoundError:
        pass
    try:
        os.close(os.open(mark, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return True
    except FileExistsError:
        return False


def _read(path: Path) -> Any | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as err:  # damaged: computed again
        log.warning("slow answer %s not read: %s", path.name, err)
        path.unlink(missing_ok=True)
        return None


def _path(config: dict, key: tuple) -> Path | None:
    home = config.get("TSUNAGU_HOME")
    if not home:
        return None
    return Path(home) / "answers" / f"answer-{snapshots.of_database(config, repr(key))[:32]}.json"


def _mark(path: Path) -> Path:
    return path.with_suffix(".computing")


def _forget_old(folder: Path) -> None:
    for found in folder.glob("answer-*"):
        try:
            if time.time() - found.stat().st_mtime > KEEP_SECONDS:
                found.unlink(missing_ok=True)
        except OSError:
            continue
