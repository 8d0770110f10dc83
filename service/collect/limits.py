"""Rate limits for the links that need no account. Counted in Neo4j (the sign-in throttle's
counters), so every app process sees the same.

- A survey invitation's link (one group answers through it) may be opened or posted 120
  times in 15 minutes; an event's sign-in sheet, which a whole hall uses at once, 1,500 times
  (300 guests in 30 minutes is about 600). Suggestions while typing are counted apart, with a
  budget of their own, so that looking names up never uses up the sheet.
- An address that keeps sending unknown or expired links is stopped — only when addresses
  tell clients apart (TSUNAGU_TRUSTED_PROXIES, service/security.client_address).
"""
from __future__ import annotations

from .. import db, security
from ..errors import ApiError

WINDOW_SECONDS = 15 * 60
PER_LINK = {"survey": 120, "signin": 1500}          # page views and posts per link in the window
SUGGESTIONS_PER_LINK = {"survey": 600, "signin": 3000}
BAD_PER_ADDRESS = 30  # unknown or expired links from one address in the window


def use_link(kind: str, id_: str) -> None:
    _count(f"{kind}-link:{id_}", PER_LINK[kind])


def suggest(kind: str, id_: str) -> None:
    _count(f"{kind}-suggest:{id_}", SUGGESTIONS_PER_LINK[kind])


def bad_link() -> None:
    address = security.client_address()
    if address is not None:
        _count(f"bad-link:{address}", BAD_PER_ADDRESS)


def check_address() -> None:
    """429 before even looking at a link when this address sent too many bad ones."""
    address = security.client_address()
    if address is None:
        return
    failures = db.graph().read("auth/throttle_failures", keys=[f"bad-link:{address}"],
                               window_seconds=WINDOW_SECONDS)[0]["failures"]
    if failures >= BAD_PER_ADDRESS:
        _refuse()


def _count(key: str, limit: int) -> None:
    failures = db.graph().read("auth/throttle_failures", keys=[key], window_seconds=WINDOW_SECONDS)[0]["failures"]
    if failures >= limit:
        _refuse()
    db.graph().write("auth/throttle_fail", keys=[key], window_seconds=WINDOW_SECONDS)


def _refuse():
    raise ApiError(429, "too_many_requests", "短い時間に多くの操作がありました。15 分ほど待ってから、もう一度開いてください。", retry_after=WINDOW_SECONDS)
