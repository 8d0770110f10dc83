"""/embed/<map>[/<target>]?token=…: a map without the surrounding page, for dashboards' iframes.

The token fixes the map, its target and its filters; filters in the URL must agree with it.
People are drawn without names unless the token allows names, and then only public people
(an embed is seen by whoever sees the dashboard).
Which sites may frame it is set by TSUNAGU_EMBED_ORIGINS (Content-Security-Policy frame-ancestors)."""
from __future__ import annotations

from flask import Blueprint, current_app, g, render_template, request
from werkzeug.datastructures import MultiDict

from .. import db, embed, lang
from ..maps import build
from ..errors import ApiError
from ..privacy import Reader

bp = Blueprint("embed", __name__)


@bp.get("/embed/<name>")
@bp.get("/embed/<name>/<target>")
def embedded(name: str, target: str | None = None):
    grant = embed.find(db.graph(), request.args.get("token", ""))
    if grant is None:
        raise ApiError(403, "embed_token_invalid", "埋め込み用トークンが無効です。", parameter="token")
    asked = {k: v for k, v in request.args.items() if k not in ("token", "lang")}
    if name != grant["map"] or target != grant["target"] or any(
            grant["filters"].get(k) != v for k, v in asked.items()):
        raise ApiError(403, "embed_token_scope", "このトークンではこの地図・条件は表示できません。")
    g.param_source = MultiDict(grant["filters"])
    db.set_reader(Reader("embed" if grant["names"] else "embed-no-names"))
    current = lang.current()
    data = build.build(name, current, target)
    response = current_app.make_response(render_template(
        "embed.html", map=data, lang=current, title=data["title"]))
    origins = " ".join(["'self'", *(current_app.config.get("EMBED_ORIGINS") or "").split()])  # and the page that makes it
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"object-src 'none'; base-uri 'none'; frame-ancestors {origins}")
    response.headers.pop("X-Frame-Options", None)
    response.headers["Cache-Control"] = "no-store"
    return response
