"""CSRF protection for every request that changes something.

A form carries `csrf_token` (from `csrf_field()`), a script the `X-CSRF-Token` header; both
must match the token in the signed session. Requests with an API token carry no ambient
credentials and need neither. With TSUNAGU_AUTH=off a script without cookies may post, but a
browser posting from another site (its Origin header names that site) is refused.
"""
from __future__ import annotations

import hmac
import secrets

from flask import request, session
from markupsafe import Markup, escape

from ..errors import ApiError

UNSAFE = ("POST", "PUT", "PATCH", "DELETE")


def token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def field() -> Markup:
    return Markup(f'<input type="hidden" name="csrf_token" value="{escape(token())}">')


def check(via_token: bool, auth_off: bool) -> None:
    if request.method not in UNSAFE or via_token:
        return
    sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf_token") or ""
    expected = session.get("csrf")
    if expected and hmac.compare_digest(sent, expected):
        return
    origin = request.headers.get("Origin")
    if auth_off and "csrf" not in session and (origin is None or origin == request.host_url.rstrip("/")):
        return
    raise ApiError(403, "csrf_failed", "フォームの有効期限が切れたか、別のサイトから送信されました。ページを開き直してください。")
