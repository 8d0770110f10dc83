"""For admins: the audit log (/admin/audit and its twin, CSV export) and deleting a person
(DELETE /api/people/<id>, or the form on the person page)."""
from __future__ import annotations

from flask import Blueprint, g, jsonify, redirect

from .. import audit, deletion, params
from ..auth.access import requires
from ..db import graph
from .twin import Table, register

bp = Blueprint("admin", __name__)


@register(bp, "/admin/audit", "/api/admin/audit", "audit.html", {"entries": Table("監査ログ", (
    ("at", "日時"), ("user", "ユーザー"), ("action", "操作"), ("target", "対象"), ("detail", "詳細"),
    ("address", "接続元")), lambda d: d["entries"])}, roles=("admin",))
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


@bp.post("/people/<person_id>/delete")
@requires("admin")
def delete_person_form(person_id: str):
    deletion.delete_person(graph(), person_id, user=g.user["name"])
    return redirect("/?deleted=1")
