"""Signing in and out, changing one's password, and /api/me (who am I, with which role)."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, g, jsonify, redirect, render_template, request, session

from .. import audit, db, lang
from ..auth import passwords, signin
from ..auth.access import auth_off, users

bp = Blueprint("account", __name__)


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    next_url = _safe_next(request.values.get("next"))
    problem = None
    if request.method == "POST":
        name = request.form.get("name", "").strip()
        user = signin.attempt(name, request.form.get("password", ""))
        if user is not None:
            session.clear()
            session.permanent = True
            sid = users().start_session(user["name"], current_app.config.get("SESSION_HOURS", 8))
            session.update(user=user["name"], epoch=user["session_epoch"], sid=sid)
            return redirect("/account/password" if user["must_change"] else next_url)
        problem = lang.gettext("ユーザー名かパスワードが違います。")
    status = 401 if problem else 200
    return render_template("sign_in.html", next_url=next_url, problem=problem,
                           name=request.form.get("name", "")), status


@bp.post("/sign-out")
def sign_out():
    if g.get("user") and g.via == "session":
        users().end_session(session.get("sid"))
        audit.record(db.graph(), "sign_out")
    session.clear()
    return redirect("/sign-in")


@bp.route("/account/password", methods=["GET", "POST"])
def password():
    problem = None
    if request.method == "POST" and g.via == "session":
        current, new = request.form.get("current", ""), request.form.get("new", "")
        weak = passwords.problem(new)
        if users().check_credentials(g.user["name"], current) is None:
            problem = lang.gettext("今のパスワードが違います。")
        elif weak:
            problem = lang._(weak[0], **weak[1])
        elif new != request.form.get("again", ""):
            problem = lang.gettext("確認のパスワードが一致しません。")
        else:
            users().set_password(g.user["name"], new)
            session["epoch"] = users().find(g.user["name"])["session_epoch"]
            audit.record(db.graph(), "password_changed")
            return redirect("/")
    return render_template("password.html", problem=problem,
                           must_change=bool(g.user and g.user.get("must_change"))), 400 if problem else 200


@bp.get("/api/me")
def me():
    return jsonify({"name": g.user["name"], "role": g.user["role"], "via": g.via, "auth": not auth_off()})


def _safe_next(target: str | None) -> str:
    """Only a path of this site: never an open redirect to another host. Browsers drop tabs
    and line breaks from addresses (so "/<tab>/evil.example" would be "//evil.example"), and a
    line break in a header is an injection: anything but printable characters is refused."""
    if not target or len(target) > 2000 or not target.startswith("/") or target.startswith("//"):
        return "/"
    if "\\" in target or any(ord(c) < 0x21 or c == "\x7f" for c in target):
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return "/"
    return target
