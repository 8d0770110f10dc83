"""For admins: the audit log (/admin/audit and its twin, CSV export) and deleting a person
(DELETE /api/people/<id>, or the form on the person page)."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, current_app, g, jsonify, redirect, render_template, request

from .. import audit, deletion, lang, notices, params
from ..lang import _
from ..search import fold
from ..auth.access import requires
from ..db import graph
from ..errors import ApiError
from ..labels import label
from ..template import VISIBILITIES
from .twin import Table, register
from ..lang import N_

bp = Blueprint("admin", __name__)


@register(bp, "/admin/audit", "/api/admin/audit", "audit.html", {"entries": Table(N_("監査ログ"), (
    ("at", N_("日時")), ("user", N_("ユーザー")), ("action", N_("操作")), ("target", N_("対象")), ("detail", N_("詳細")),
    ("address", N_("接続元"))), lambda d: d["entries"])}, roles=("admin",))
def audit_log() -> dict:
    action = params.choice("action", tuple(audit.ACTIONS))
    user = params.value("user")
    limit = params.limit(default=200, maximum=10_000)
    return {"action": action, "user": user, "actions": {code: _(title) for code, title in audit.ACTIONS.items()},
            "entries": audit.entries(graph(), action, user and user[:64], limit)}


@bp.delete("/api/people/<person_id>")
@requires("admin")
def delete_person_api(person_id: str):
    return jsonify(deletion.delete_person(graph(), person_id, user=g.user["name"],
                                          backups=Path(current_app.config["TSUNAGU_HOME"]) / "backups"))


@bp.post("/api/people/<person_id>/visibility")
@requires("admin")
def set_visibility(person_id: str):
    """How a person's name may be shown: only an admin changes it for an existing person (a
    survey answer can make someone less visible, never more), and the change is logged."""
    given = params.posted()
    visibility = given.get("visibility")
    if visibility not in VISIBILITIES:
        raise ApiError(400, "bad_parameter", "visibility は次のいずれかです: %(VISIBILITIES)s",
                       VISIBILITIES=', '.join(VISIBILITIES), parameter="visibility")
    changed = graph().write("people/set_visibility", id=person_id[:200], visibility=visibility)
    if not changed:
        raise ApiError(404, "not_found", "ID「%(person_id)s」の人は見つかりません。", person_id=person_id[:200], parameter="id")
    audit.record(graph(), "visibility_changed", target=person_id[:200],
                 detail=f"{changed[0]['before']} → {visibility}")
    if request.is_json:
        return jsonify({"id": person_id, "visibility": visibility, "before": changed[0]["before"]})
    return redirect(f"/people/{person_id}?changed=visibility")


@bp.get("/people/<person_id>/delete")
@requires("admin")
def confirm_delete(person_id: str):
    """What deleting the person removes, and the box to type their name into."""
    return _confirmation(person_id)


@bp.post("/people/<person_id>/delete")
@requires("admin")
def delete_person_form(person_id: str):
    """Delete once the admin has typed the person's name; a backup is written just before, and
    the next page says what was done and how to take it back."""
    found = deletion.what_goes(graph(), person_id[:200])
    if found is None:
        raise ApiError(404, "not_found", "ID「%(person_id)s」の人は見つかりません。", person_id=person_id[:200], parameter="id")
    if fold(request.form.get("confirm_name", "")) != fold(found["name"]):
        return _confirmation(person_id, wrong=True), 400
    done = deletion.delete_person(graph(), person_id, user=g.user["name"],
                                  backups=Path(current_app.config["TSUNAGU_HOME"]) / "backups")
    notices.say(_("「%(name)s」さんと、そのつながり %(ties)s 件を削除しました。直前の状態はバックアップ %(file)s に保存してあります。"
                  "元に戻すには、管理者が tsunagu restore %(file)s を実行します(その時点の状態にすべて戻ります)。",
                  name=found["name"], ties=sum(t["count"] for t in found["ties"]), file=done["backup"]))
    return redirect("/", code=303)


def _confirmation(person_id: str, wrong: bool = False):
    found = deletion.what_goes(graph(), person_id[:200])
    if found is None:
        raise ApiError(404, "not_found", "ID「%(person_id)s」の人は見つかりません。", person_id=person_id[:200], parameter="id")
    return render_template("delete_person.html", person=found, person_id=person_id, wrong=wrong,
                           ties=[(label("tie", t["type"]), t["count"]) for t in found["ties"]],
                           lang=lang.current())

