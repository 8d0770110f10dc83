"""Reviewing staged responses: nothing a respondent sends reaches the network until a
coordinator accepts it. Accepting writes the plan (plans.py) in one transaction that also
closes the response, so nothing is half-written or written twice; rejecting writes nothing.
Both are in the audit log."""
from __future__ import annotations

import json

from flask import g

from .. import audit, db
from ..errors import ApiError
from .plans import WRITES, plan

STATUSES = ("pending", "accepted", "rejected")


def listing(kind=None, survey=None, event=None, status=None, limit=500) -> list[dict]:
    rows = db.graph().read("collect/responses", kind=kind, survey=survey, event=event, status=status, id=None, limit=limit)
    for row in rows:
        _decode(row)
    return rows


def find(response_id: str) -> dict:
    rows = db.graph().read("collect/responses", kind=None, survey=None, event=None, status=None, id=response_id[:100], limit=1)
    if not rows:
        raise ApiError(404, "not_found", "ID「%(response_id)s」の回答は見つかりません。",
                       response_id=response_id[:100], parameter="id")
    return _decode(rows[0])


def accept(response_id: str, corrections: dict | None = None) -> dict:
    response = find(response_id)
    _must_be_pending(response)
    planned = plan(response, corrections)
    if planned["problems"]:
        field, message, values = planned["problems"][0]
        raise ApiError(400, "bad_correction", message, parameter=field, **values)
    writes = planned["writes"]
    summary = {"person_id": planned.get("person_id"), "name": planned.get("folded_name"),
               "met": planned.get("met_folded", []), "counts": {k: len(v) for k, v in writes.items()},
               "source": planned["source"]}

    with db.graph().transaction() as tx:
        for name in WRITES:
            if writes[name]:
                tx.run("import/groups" if name == "groups" else f"collect/write_{name}", rows=writes[name])
        tx.run("import/bump_version")
        closed = tx.run("collect/review_response", id=response_id, status="accepted",
                        written=json.dumps(summary, ensure_ascii=False), user=_user(), note=None)
        if not closed:
            raise ApiError(409, "already_reviewed", "この回答はすでに確認済みです。")
    audit.record(db.graph(), "response_accepted", target=response_id,
                 detail=", ".join(f"{k} {v}" for k, v in summary["counts"].items() if v))
    return {**find(response_id), "counts": summary["counts"]}


def reject(response_id: str, note: str | None) -> dict:
    _must_be_pending(find(response_id))
    closed = db.graph().write("collect/review_response", id=response_id, status="rejected", written=None,
                      user=_user(), note=(note or "")[:1000] or None)
    if not closed:
        raise ApiError(409, "already_reviewed", "この回答はすでに確認済みです。")
    audit.record(db.graph(), "response_rejected", target=response_id)
    return find(response_id)


def _must_be_pending(response: dict) -> None:
    if response["status"] != "pending":
        raise ApiError(409, "already_reviewed", "この回答はすでに確認済みです。")


def _decode(row: dict) -> dict:
    """A response as coordinators see it: what was typed, and of what was written only the
    counts and the source (the ids of the people it matched stay inside)."""
    row["payload"] = json.loads(row["payload"]) if row["payload"] else {}
    written = json.loads(row["written"]) if row.get("written") else None
    row["written"] = {"counts": written["counts"], "source": written["source"]} if written else None
    return row


def _user() -> str | None:
    return (g.get("user") or {}).get("name")
