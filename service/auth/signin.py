"""Checking a sign-in: the password, and a limit on failed attempts that slows guessing down
without locking the rightful owner out.

Failures are counted per user name (kept in Neo4j, so every app process counts the same).
After TSUNAGU_SIGNIN_ATTEMPTS failures in 15 minutes, each further try must wait: 15 s, then
30 s, 1 min … doubling up to 15 min from the last failure (backoff, not a lock: the owner
who waits gets in). Per client address only when addresses can be told apart
(TSUNAGU_TRUSTED_PROXIES set): behind an unconfigured proxy everyone shares one address, and
counting it would let one person lock everyone out. An address may fail ten times as often as
a name: an office signs in from behind one address.
"""
from __future__ import annotations

import math

from flask import current_app

from .. import audit, db, security
from ..errors import ApiError
from ..lang import N_, Lazy
from .access import users

WINDOW_SECONDS = 15 * 60
FIRST_WAIT_SECONDS = 15
ADDRESS_FACTOR = 10


def attempt(name: str, password: str) -> dict | None:
    """The user when the name and password are right; None (and one more failure) when not;
    429 with Retry-After while a backoff runs."""
    allowed = current_app.config.get("SIGNIN_ATTEMPTS", 5)
    limits = {f"user:{name.casefold()[:64]}": allowed}
    address = security.client_address()
    if address is not None:
        limits[f"address:{address}"] = ADDRESS_FACTOR * allowed
    rows = db.graph().read("auth/throttle_failures", keys=list(limits), window_seconds=WINDOW_SECONDS)
    wait = max(backoff(r["failures"], limits[r["key"]], r["seconds_since_last"]) for r in rows)
    if wait > 0:
        raise ApiError(429, "too_many_attempts", "サインインの失敗が続いたため、%(wait)s待ってから再度お試しください。",
                       wait=_wait(wait), retry_after=wait)
    user = users().check_credentials(name, password)
    if user is None:
        db.graph().write("auth/throttle_fail", keys=list(limits), window_seconds=WINDOW_SECONDS)
        audit.record(db.graph(), "sign_in_failed", detail=name[:64], user=None)
        return None
    db.graph().write("auth/throttle_clear", key=next(iter(limits)))
    audit.record(db.graph(), "sign_in", user=user["name"])
    return user


def backoff(failures: int, allowed: int, seconds_since_last: int | None) -> int:
    """Seconds still to wait before the next try: none below `allowed` failures, then
    FIRST_WAIT_SECONDS doubling with each further failure, at most the window.

    >>> backoff(4, 5, 0), backoff(5, 5, 0), backoff(6, 5, 10), backoff(30, 5, 0)
    (0, 15, 20, 900)
    """
    if failures < allowed:
        return 0
    wait = min(WINDOW_SECONDS, FIRST_WAIT_SECONDS * 2 ** min(failures - allowed, 20))
    return max(0, math.ceil(wait - (seconds_since_last or 0)))


def _wait(seconds: int) -> Lazy:
    """How long to wait, in the words of whatever language the message is shown in."""
    if seconds < 60:
        return Lazy(N_("%(seconds)s 秒"), seconds=seconds)
    return Lazy(N_("%(minutes)s 分ほど"), minutes=math.ceil(seconds / 60))
