"""Who is asking, and may they: run before every request.

A request is signed in by an API token (`Authorization: Bearer tsu_…`) or by the session
cookie of the sign-in page. Without either, a page redirects to /sign-in and an API call is a
401. /api/health, the sign-in page, static files, embeds and the survey and sign-in-sheet
pages (which carry their own token) are open. TSUNAGU_AUTH=off makes every visitor an admin: for one person on their own computer.
"""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

from flask import Flask, current_app, g, redirect, request, session

from .. import db, secret
from ..privacy import Reader
from ..errors import ApiError, wants_page
from ..labels import NAMES
from ..lang import Lazy
from . import csrf
from .users import Users

OPEN = {"health.health", "static", "vendor.vis_network", "palette.css", "embed.embedded", "account.sign_in",
        # survey respondents and event sign-ins: their personal link is the key (service/collect)
        "respond.survey", "respond.survey_json", "respond.survey_groups",
        "respond.sign_in", "respond.sign_in_json", "respond.sign_in_groups"}
WHILE_CHANGING_PASSWORD = {"account.password", "account.sign_out", "account.me"}
LOCAL_USER = {"name": "local", "role": "admin"}


def users() -> Users:
    return Users(db.graph())


def requires(*roles):
    """Only these roles may use the decorated view (others get a 403); one function of the
    settings instead of names decides at each request (see `importers`)."""
    def decorator(view):
        view.roles = roles[0] if len(roles) == 1 and callable(roles[0]) else roles
        return view
    return decorator


def roles_of(view) -> tuple[str, ...] | None:
    """The roles that may use `view`: declared with `requires`, either as names or as a
    function of the app's settings (importing: admins, and staff when TSUNAGU_STAFF_IMPORT)."""
    roles = getattr(view, "roles", None)
    return roles(current_app.config) if callable(roles) else roles


def importers(config) -> tuple[str, ...]:
    """Who may import data (the upload page and POST /api/import)."""
    return ("admin", "staff") if str(config.get("STAFF_IMPORT", "false")).lower() in ("1", "true", "yes", "on") \
        else ("admin",)


def auth_off() -> bool:
    return str(current_app.config.get("AUTH", "on")).lower() == "off"


def init_app(app: Flask) -> None:
    if app.config.get("SECRET_KEY"):
        secret.checked(app.config["SECRET_KEY"], "TSUNAGU_SECRET_KEY")
    else:
        app.config["SECRET_KEY"] = secret.ensure(Path(app.config["TSUNAGU_HOME"]))
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=float(app.config.get("SESSION_HOURS", 8)))
    app.jinja_env.globals["csrf_field"] = csrf.field
    app.jinja_env.globals["csrf_token"] = csrf.token
    app.before_request(_who_is_asking)


def _who_is_asking():
    g.user, g.via = None, None
    db.set_reader(Reader("viewer"))
    if auth_off():
        g.user, g.via = LOCAL_USER, "local"
        db.set_reader(Reader("admin"))
        csrf.check(via_token=False, auth_off=True)
        return None
    if request.endpoint in OPEN or request.endpoint is None:
        csrf.check(via_token=False, auth_off=False)
        return None
    user = _from_token() or _from_session()
    if user is None:
        if wants_page():
            return redirect(f"/sign-in?next={quote(request.full_path.rstrip('?'), safe='/')}")
        raise ApiError(401, "sign_in_required", "サインインが必要です。")
    g.user = user
    db.set_reader(Reader(user["role"]))
    if user.get("must_change") and g.via == "session" and request.endpoint not in WHILE_CHANGING_PASSWORD:
        if wants_page():
            return redirect("/account/password")
        raise ApiError(403, "password_change_required", "最初にパスワードを変更してください。")
    roles = roles_of(current_app.view_functions.get(request.endpoint))
    if roles and user["role"] not in roles:
        raise ApiError(403, "forbidden", "この操作をする権限がありません(必要な役割: %(roles)s)。管理者に頼んでください。",
                       roles=Lazy.joined([Lazy(NAMES["role"][role], context="role") for role in roles]))
    csrf.check(via_token=g.via == "token", auth_off=False)
    return None


def _from_token() -> dict | None:
    header = request.headers.get("Authorization", "")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    user = users().token_user(token.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        raise ApiError(401, "invalid_token", "API トークンが無効です(失効したか、ユーザーが無効です)。")
    g.via = "token"
    return user


def _from_session() -> dict | None:
    """The user of the session cookie, if its session still lives on the server (signing out
    ends it there: a copied cookie stops working) and the user is not disabled."""
    session_id = session.get("sid")
    if not session_id:
        return None
    user = users().session_user(session_id, float(current_app.config.get("SESSION_HOURS", 8)))
    if user is None or user["disabled"] or user["session_epoch"] != session.get("epoch"):
        session.clear()
        return None
    g.via = "session"
    return user
