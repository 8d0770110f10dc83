"""For admins: the audit log (/admin/audit and its twin, CSV export) and deleting a person
(DELETE /api/people/<id>, or the form on the person page)."""
from __future__ import annotations

from flask import Blueprint, g, jsonify, redirect, request

from .. import audit, deletion, params
from ..auth.access import requires
from ..db import graph
from ..errors import ApiError
from ..template import VISIBILITIES
from .twin import Table, register
from ..lang import N_

bp = Blueprint("admin", __name__)


@register(bp, "/admin/audit", "/api/admin/audit", "audit.html", {"entries": Table(N_("監査ログ"), (
    ("at", N_("日時")), ("user", N_("ユーザー")), ("action", N_("操作")), ("target", N_("対象")), ("detail", N_("詳細")),
    ("address", N_("接続元"))), lambda d: d["entries"])}, roles=("admin",))
def audit_log() -> dict:
    action = params.choice("action", audit.ACTIONS)
    user = params.value("user")
    limit = params.limit(default=200, maximum=10_000)
    return {"action": action, "user": user, "actions": list(audit.ACTIONS),
            "entries": audit.entries(graph(), action, user and user[:64], limit)}


@bp.delete("/api/people/<person_id>")
@requires("admin")
def delete_person_api(person_id: str):
    return jsonify(deletion.delete_person(graph(), person_id, user=g.user["name"]))


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


@bp.post("/people/<person_id>/delete")
@requires("admin")
def delete_person_form(person_id: str):
    deletion.delete_person(graph(), person_id, user=g.user["name"])
    return redirect("/?deleted=1")
