"""The audit log: who did what and when (viewed a person, exported, imported, deleted, signed
in), stored as (:AuditEntry) nodes in Neo4j and read by admins at /admin/audit, exportable as
CSV, and with `tsunagu audit`.

An entry is written in its own transaction after the action, so a reader of the log sees
only what happened. Deleting a person also strips their id from the entries about them.
"""
from __future__ import annotations

from flask import g, has_request_context, request

ACTIONS = ("sign_in", "sign_in_failed", "sign_out", "password_changed", "view_person", "export",
           "download", "import", "delete_person", "user_added", "user_disabled", "user_enabled",
           "token_created", "token_revoked", "backup", "restore", "introduction_created",
           "introduction_status", "survey_created", "survey_deadline", "signin_sheet_created", "view_response",
           "response_accepted", "response_rejected", "visibility_changed", "edit", "delete", "embed_created",
           "embed_revoked")


def record(graph, action: str, target: str | None = None, detail: str | None = None,
           user: str | None = None) -> None:
    if has_request_context():
        user = user or (g.get("user") or {}).get("name")
        address = request.remote_addr
    else:
        address = "cli"
    graph.write("audit/record", user=user, action=action, target=target, detail=detail, address=address)


def entries(graph, action: str | None = None, user: str | None = None, limit: int = 200) -> list[dict]:
    return graph.read("audit/list", action=action, user=user, limit=limit)
