"""Users, their roles and their API tokens, kept in Neo4j beside the network.

admin: users, tokens, import, export, delete, the audit log — and sees private names.
staff: reads everything (internal names too) and edits data.
viewer: reads without personal names: every person is anonymous.
"""
from __future__ import annotations

import hashlib
import re
import secrets

from neo4j.exceptions import ConstraintError

from ..errors import ApiError
from . import passwords

ROLES = ("admin", "staff", "viewer")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
TOKEN_PREFIX = "tsu_"


class Users:
    """The user store of one graph (service/graph.py)."""

    def __init__(self, graph):
        self.graph = graph

    def add(self, name: str, role: str, password: str, must_change: bool = False) -> None:
        _check_name(name)
        if role not in ROLES:
            raise ApiError(400, "bad_role", "役割は %(ROLES)s のいずれかです。", ROLES=', '.join(ROLES), parameter="role")
        _check_password(password)
        try:
            self.graph.write("auth/create_user", name=name, role=role,
                        password_hash=passwords.hash_password(password), must_change=must_change)
        except ConstraintError:
            raise ApiError(409, "user_exists", "ユーザー「%(name)s」はすでにいます。", name=name, parameter="name") from None

    def start_session(self, name: str, hours: float) -> str:
        """A new server-side session for `name`; its id goes into the signed cookie."""
        session_id = secrets.token_urlsafe(32)
        self.graph.write("auth/session_start", id=session_id, user=name, hours=float(hours))
        return session_id

    def session_user(self, session_id: str, hours: float) -> dict | None:
        """The user of a live session, or None (signed out, expired, or never ours)."""
        if not session_id or len(session_id) > 100:
            return None
        return self.graph.state(session=session_id, hours=hours)["asking"]

    def end_session(self, session_id: str | None) -> None:
        if session_id:
            self.graph.write("auth/session_end", id=session_id[:100])

    def find(self, name: str) -> dict | None:
        rows = self.graph.read("auth/find_user", name=name)
        return rows[0] if rows else None

    def check_credentials(self, name: str, password: str) -> dict | None:
        """The user if `password` is theirs and they are enabled; None otherwise."""
        user = self.find(name) if len(name) <= 64 and len(password) <= 1000 else None
        ok = passwords.verify(password, user["password_hash"] if user else None)
        return user if ok and not user["disabled"] else None

    def list(self) -> list[dict]:
        return self.graph.read("auth/list_users")

    def count(self) -> int:
        return self.graph.read("auth/count_users")[0]["users"]

    def set_password(self, name: str, password: str, must_change: bool = False) -> None:
        _check_password(password)
        if not self.graph.write("auth/set_password", name=name, password_hash=passwords.hash_password(password),
                           must_change=must_change):
            raise _no_user(name)

    def set_disabled(self, name: str, disabled: bool = True) -> None:
        if not self.graph.write("auth/set_disabled", name=name, disabled=disabled):
            raise _no_user(name)

    def create_token(self, user: str, label: str | None = None) -> str:
        """A new API token for `user`; only its hash is stored, so it is shown once."""
        if self.find(user) is None:
            raise _no_user(user)
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        self.graph.write("auth/create_token", hash=token_hash(token), user=user, name=label)
        return token

    def token_user(self, token: str) -> dict | None:
        if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            return None
        return self.graph.state(token=token_hash(token))["asking"]

    def list_tokens(self, user: str | None = None) -> list[dict]:
        return self.graph.read("auth/list_tokens", user=user)

    def revoke_token(self, prefix: str) -> int:
        if len(prefix) < 6:
            raise ApiError(400, "bad_parameter", "トークンの ID は 6 文字以上で指定してください。", parameter="id")
        return self.graph.write("auth/revoke_token", prefix=prefix)[0]["revoked"]



def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _check_name(name: str) -> None:
    if not NAME.match(name or ""):
        raise ApiError(400, "bad_name", "ユーザー名は英数字と . _ @ - で 64 文字までです。", parameter="name")


def _check_password(password: str) -> None:
    problem = passwords.problem(password or "")
    if problem:
        message, values = problem
        raise ApiError(400, "weak_password", message, parameter="password", **values)


def _no_user(name: str) -> ApiError:
    return ApiError(404, "not_found", "ユーザー「%(name)s」はいません。", name=name[:64], parameter="name")
