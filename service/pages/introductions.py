"""Introductions a coordinator follows up: /introductions (and /api/introductions), created
with POST /api/introductions (JSON) or the form under each candidate, moved along with
POST /api/introductions/<id>/status. Staff and admins may record and move them."""
from __future__ import annotations

from flask import Blueprint, jsonify, redirect, request

from .. import introductions, notices, params
from ..auth.access import requires
from ..db import graph
from ..privacy import present
from ..errors import ApiError
from .twin import Table, register
from ..labels import label
from ..lang import N_, _
from ..menu import Menu

bp = Blueprint("introductions", __name__)
MENU = Menu(N_("紹介の記録"), "introductions.introduction_list", 50)
EDITORS = ("staff", "admin")


def _rows(data: dict) -> list[dict]:
    return [{"id": r["introduction"]["id"], "status": label("introduction", r["introduction"]["status"]),
             "group": (r["group"] or {}).get("name"), "candidate": (r["candidate"] or {}).get("name"),
             "need": (r["need"] or {}).get("name"), "via": (r["via"] or {}).get("label"),
             "created": r["introduction"]["created"], "collaboration": (r["collaboration"] or {}).get("name")}
            for r in data["items"]]


@register(bp, "/introductions", "/api/introductions", "introductions.html", {"introductions": Table(
    N_("紹介の記録"), (("id", "ID"), ("status", N_("状況")), ("group", N_("団体")), ("candidate", N_("紹介先")), ("need", N_("課題")),
               ("via", N_("紹介を頼む人")), ("created", N_("日時")), ("collaboration", N_("生まれた協働"))), _rows)})
def introduction_list() -> dict:
    status = params.choice("status", introductions.STATUSES)
    group = params.existing("group", params.value("group"), ("Group",))
    return {"status": status, "group": group, "statuses": list(introductions.STATUSES),
            "items": introductions.listing(graph(), status, group, limit=params.limit(default=200, maximum=5000))}


@bp.post("/api/introductions")
@requires(*EDITORS)
def create():
    given = _given()
    group = params.existing("group", _need(given, "group"), ("Group",))
    candidate = params.existing("candidate", _need(given, "candidate"), ("Group",))
    need = params.existing("need", given.get("need") or None, ("Capability",))
    via = params.existing("via", given.get("via") or None, ("Person",))
    made = introductions.create(graph(), group, candidate, need, via, given.get("note"))
    if request.is_json:
        return jsonify(present(graph(), made)), 201
    shown = present(graph(), made)
    notices.say(_("紹介を記録しました: %(group)s → %(candidate)s。連絡したら「連絡済み」に進めてください。",
                  group=shown["group"]["name"], candidate=shown["candidate"]["name"]))
    return redirect("/introductions", code=303)  # the newest first: the notice and the new row at the top


@bp.post("/api/introductions/<introduction_id>/status")
@requires(*EDITORS)
def advance(introduction_id: str):
    given = _given()
    status = _need(given, "status")
    if status not in introductions.STATUSES:
        raise ApiError(400, "bad_parameter", "status は次のいずれかです: %(STATUSES)s",
                       STATUSES=', '.join(introductions.STATUSES), parameter="status")
    collaboration = params.existing("collaboration", given.get("collaboration") or None, ("Collaboration",))
    moved = introductions.advance(graph(), introduction_id[:100], status, collaboration)
    if request.is_json:
        return jsonify(present(graph(), moved))
    notices.say(_("%(group)s → %(candidate)s の紹介を「%(status)s」に進めました。", group=(moved["group"] or {}).get("name"),
                  candidate=(moved["candidate"] or {}).get("name"), status=label("introduction", status)))
    return redirect(f"/introductions#{introduction_id[:100]}", code=303)


@bp.post("/api/introductions/<introduction_id>/note")
@requires(*EDITORS)
def add_note(introduction_id: str):
    noted = introductions.note(graph(), introduction_id[:100], _given().get("note", ""))
    if request.is_json:
        return jsonify(present(graph(), noted))
    notices.say(_("メモを残しました。"))
    return redirect(f"/introductions#{introduction_id[:100]}", code=303)


def _given() -> dict:
    return {k: v for k, v in params.posted().items() if isinstance(v, str)}


def _need(given: dict, name: str) -> str:
    if not given.get(name):
        raise ApiError(400, "missing_parameter", "%(name)s を指定してください。", name=name, parameter=name)
    return given[name]
