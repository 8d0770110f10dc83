"""Checking a sign-in: the password, and a limit on failed attempts per user name and per
address (kept in Neo4j, so every app process counts the same attempts). An address may fail
ten times as often as a name: a ward office signs in from behind one address."""
from __future__ import annotations

from flask import current_app, request

from .. import audit, db
from ..errors import ApiError
from .access import users

WINDOW_SECONDS = 15 * 60
ADDRESS_FACTOR = 10


def attempt(name: str, password: str) -> dict | None:
    """The user when the name and password are right; None (and one more failure) when not;
    429 when too many attempts failed lately."""
    keys = [f"user:{name.casefold()[:64]}", f"address:{request.remote_addr}"]
    failures = {r["key"]: r["failures"] for r in
                db.graph().read("auth/throttle_failures", keys=keys, window_seconds=WINDOW_SECONDS)}
    allowed = current_app.config.get("SIGNIN_ATTEMPTS", 5)
    if failures[keys[0]] >= allowed or failures[keys[1]] >= ADDRESS_FACTOR * allowed:
        raise ApiError(429, "too_many_attempts",
                       "サインインの失敗が続いたため、15 分ほど待ってから再度お試しください。",
                       "Too many failed sign-ins. Wait about 15 minutes and try again.",
                       retry_after=WINDOW_SECONDS)
    user = users().check_credentials(name, password)
    if user is None:
        db.graph().write("auth/throttle_fail", keys=keys, window_seconds=WINDOW_SECONDS)
        audit.record(db.graph(), "sign_in_failed", detail=name[:64], user=None)
        return None
    db.graph().write("auth/throttle_clear", key=keys[0])
    audit.record(db.graph(), "sign_in", user=user["name"])
    return user
