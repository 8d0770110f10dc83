"""Embedding a map in a dashboard, from the map itself (admins): POST /maps/embed makes a
read-only token for the map as it is shown — its kind, whom it is about, its filters — and
answers the iframe code to copy, with the map as the dashboard will show it and which sites
may frame it (TSUNAGU_EMBED_ORIGINS). /admin/embeds lists the tokens (never the tokens
themselves) and revokes one after a tick to confirm. JSON twins: POST /api/maps/embed, GET
/api/admin/embeds. Made and revoked tokens are in the audit log."""
from __future__ import annotations

import json
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from flask import Blueprint, current_app, jsonify, redirect, render_template, request, url_for
from markupsafe import escape

from .. import audit, choices, embed, notices, params
from ..collect import links
from ..auth.access import requires
from ..db import graph
from ..errors import ApiError
from ..labels import label
from ..lang import N_, _
from ..maps.build import DRAWING
from ..maps.kinds import KINDS
from .twin import Table, register

bp = Blueprint("embeds", __name__)
TITLES = {kind.name: kind.title for kind in KINDS}
FILTER_TITLES = {"area": N_("地域"), "theme": N_("テーマ"), "sector": N_("分野"), "kind": N_("種別"),
                 **{key: title for key, (title, _ways) in DRAWING.items()}}  # as the map's panel says them
NOT_KEPT = {"as_of": N_("日付"), "min_confidence": N_("薄れたつながりを除く")}  # an embed shows today's network


def made(form) -> dict:
    """A token for the map at `address` (the map page's own path and query), with `label` and
    `names`: the embed's address and the iframe code; a 400 naming what to fix."""
    label = (form.get("label") or "").strip()[:200]
    if not label:
        raise ApiError(400, "missing_parameter", "どこに埋め込むか(ダッシュボードの名前など)を書いてください。", parameter="label")
    address = urlsplit(form.get("address") or "")
    parts = address.path.strip("/").split("/")
    if len(parts) not in (2, 3) or parts[0] != "maps" or parts[1] not in embed.MAPS:
        raise ApiError(400, "bad_parameter", "埋め込む地図を、地図のページから選んでください。", parameter="address")
    name, target = parts[1], unquote(parts[2]) if len(parts) == 3 else None
    filters: dict[str, str] = {}
    for key, value in parse_qsl(address.query):  # the first of a repeated one, as the map read it
        drawn = key in embed.DISPLAY and value != embed.DISPLAY[key][0]  # a colouring or sizing other than the default
        if (key in embed.FILTERS[name] or drawn) and value:
            filters.setdefault(key, value)
    people = [i for i in (target, filters.get("from"), filters.get("to"))
              if i and graph().read("analysis/node_labels", id=i, labels=["Person"])]
    if people:  # its address would carry a person's id to every visitor of the dashboard
        raise ApiError(400, "embed_person", "人を中心にした地図は埋め込めません(その人の ID がダッシュボードのアドレスに出るため)。団体の地図を選んでください。",
                       parameter="address")
    names = params.ticked(form.get("names"))
    try:
        token = embed.create(graph(), name, target, filters, names, label)
    except embed.EmbedError as err:
        raise ApiError(400, "bad_parameter", "この地図は埋め込めません: %(reason)s", reason=str(err), parameter="address") from err
    audit.record(graph(), "embed_created", target=name, detail=label[:100])
    path = f"/embed/{name}" + (f"/{quote(target, safe='')}" if target else "")
    src = f"{links.public_base()}{path}?{urlencode({**filters, 'token': token})}"
    code = f'<iframe src="{escape(src)}" width="800" height="600" style="border:0" title="{escape(_(TITLES[name]))}" loading="lazy"></iframe>'
    dropped = [key for key in NOT_KEPT if key in dict(parse_qsl(address.query))]
    return {"map": name, "target": target, "filters": filters, "names": names, "label": label, "src": src, "code": code,
            "dropped": dropped, "origins": (current_app.config.get("EMBED_ORIGINS") or "").split()}


@bp.post("/maps/embed")
@requires("admin")
def embed_form():
    done = made(request.form)
    return render_template("embed_made.html", made=done, dropped=[_(NOT_KEPT[key]) for key in done["dropped"]],
                           json_twin=None)


@bp.post("/api/maps/embed")
@requires("admin")
def embed_json():
    return jsonify(made(request.get_json(silent=True) or request.form)), 201


@register(bp, "/admin/embeds", "/api/admin/embeds", "embeds.html", {"tokens": Table(N_("埋め込み"), (
    ("label", N_("どこに")), ("title", N_("地図")), ("conditions", N_("条件")), ("names", N_("名前を出す")),
    ("created", N_("作った日時")), ("revoked", N_("取り消し済み"))), lambda d: d["tokens"])}, roles=("admin",))
def embed_list() -> dict:
    places = {place["id"]: place["name"] for place in choices.areas(graph()) + choices.themes(graph())}
    rows = [{**row, "filters": json.loads(row["filters"] or "{}")} for row in graph().read("embed/list_tokens")]
    return {"tokens": [{**row, "title": _(TITLES.get(row["map"], row["map"])), "conditions": _conditions(row["filters"], places)}
                       for row in rows]}


def _conditions(filters: dict, places: dict) -> list[str]:
    """An embed's fixed filters as the map's panel words them: 「地域: 光が丘地域」."""
    said = []
    for key, value in sorted(filters.items()):
        shown = places.get(value) or (label(key, value) if key in ("sector", "kind")
                                      else _(DRAWING[key][1][value]) if value in DRAWING.get(key, ("", {}))[1] else value)
        said.append(f"{_(FILTER_TITLES[key]) if key in FILTER_TITLES else key}: {shown}")
    return said


@bp.post("/admin/embeds/<digest>/revoke")
@bp.post("/api/admin/embeds/<digest>/revoke")
@requires("admin")
def revoke(digest: str):
    """Revoke one embed (by its token's SHA-256, as the list gives it) once the admin has ticked
    that it may go; a 404 when there is none still working."""
    given = params.posted()
    if not params.ticked(given.get("confirm")):
        raise ApiError(400, "confirm_revoke", "取り消してよいことを確かめる欄に印を付けてください。", parameter="confirm")
    if not graph().write("embed/revoke_one", hash=digest[:64])[0]["revoked"]:
        raise ApiError(404, "not_found", "その埋め込みは見つかりません(取り消し済みかもしれません)。", parameter="digest")
    audit.record(graph(), "embed_revoked", target=digest[:12])
    if request.path.startswith("/api/"):
        return jsonify({"revoked": digest})
    notices.say(_("埋め込みを取り消しました。そのダッシュボードには、もう地図が出ません。"))
    return redirect(url_for("embeds.embed_list"), code=303)
