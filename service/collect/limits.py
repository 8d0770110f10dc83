"""Rate limits for the links that need no account: each personal link may be used a limited
number of times per window, and an address that keeps sending unknown links is stopped.
Counted in Neo4j (the sign-in throttle's counters), so every app process sees the same."""
from __future__ import annotations

from flask import request

from .. import db
from ..errors import ApiError

WINDOW_SECONDS = 15 * 60
PER_LINK = 120        # requests with one personal link in the window
BAD_PER_ADDRESS = 30  # unknown or expired links from one address in the window


def use_link(kind: str, id_: str) -> None:
    _count(f"{kind}-link:{id_}", PER_LINK)


def bad_link() -> None:
    _count(f"bad-link:{request.remote_addr}", BAD_PER_ADDRESS)


def check_address() -> None:
    """429 before even looking at a link when this address sent too many bad ones."""
    key = f"bad-link:{request.remote_addr}"
    failures = db.graph().read("auth/throttle_failures", keys=[key], window_seconds=WINDOW_SECONDS)[0]["failures"]
    if failures >= BAD_PER_ADDRESS:
        _refuse()


def _count(key: str, limit: int) -> None:
    failures = db.graph().read("auth/throttle_failures", keys=[key], window_seconds=WINDOW_SECONDS)[0]["failures"]
    if failures >= limit:
        _refuse()
    db.graph().write("auth/throttle_fail", keys=[key], window_seconds=WINDOW_SECONDS)


def _refuse():
    raise ApiError(429, "too_many_requests",
                   "短い時間に多くの操作がありました。15 分ほど待ってから、もう一度開いてください。",
                   "Too many requests in a short time. Wait about 15 minutes and open the link again.",
                   retry_after=WINDOW_SECONDS)
