"""Introductions as records: a coordinator proposes one from a candidates or paths answer
(who asks, which group, which need, who is asked to introduce, along which path), then moves
it along — proposed → contacted → met → collaborating, or declined — and links the
collaboration that followed. Every step is in the audit log."""
from __future__ import annotations

import secrets

from flask import g

from . import audit, db, privacy, questions
from .errors import ApiError

STATUSES = ("proposed", "contacted", "met", "collaborating", "declined")
NEXT = {"proposed": ("contacted", "declined"), "contacted": ("met", "declined"),
        "met": ("collaborating", "declined"), "collaborating": (), "declined": ()}


def create(ctx: questions.Context, group: str, candidate: str, need: str | None, via: str | None,
           note: str | None) -> dict:
    """A new proposed introduction; without `via`, the person to ask first on the best path
    (as the candidates answer names them: the one the group's own member knows)."""
    paths = questions.introduction_paths(ctx, group, candidate, 1, 8)["items"]
    path = [n["id"] for n in paths[0]["nodes"] if n["id"]] if paths else []
    if via is None and paths:
        people = [n["id"] for n in paths[0]["nodes"] if n["type"] == "Person"]
        via = (people[1] if len(people) > 1 else people[0]) if people else None
    made = "i-" + secrets.token_hex(6)
    db.write("introductions/create", id=made, group=group, candidate=candidate, need=need, via=via,
             path=path, note=(note or "")[:1000] or None, user=_user())
    audit.record(db.driver(), db.database(), "introduction_created", target=made,
                 detail=f"{group} → {candidate}")
    return find(made)


def advance(introduction_id: str, status: str, collaboration: str | None = None) -> dict:
    current = find(introduction_id)["introduction"]["status"]
    if status not in NEXT[current]:
        allowed = "、".join(NEXT[current]) or "なし / none"
        raise ApiError(409, "bad_transition", f"「{current}」から「{status}」には進めません(次は {allowed})。",
                       f"An introduction cannot go from {current} to {status} (next: {allowed}).",
                       parameter="status")
    db.write("introductions/set_status", id=introduction_id, status=status, collaboration=collaboration,
             user=_user())
    audit.record(db.driver(), db.database(), "introduction_status", target=introduction_id, detail=status)
    return find(introduction_id)


def find(introduction_id: str) -> dict:
    rows = listing(id_=introduction_id, limit=1)
    if not rows:
        raise ApiError(404, "not_found", f"ID「{introduction_id[:100]}」の紹介は見つかりません。",
                       f"No introduction with the id {introduction_id[:100]!r}.", parameter="id")
    return rows[0]


def listing(status: str | None = None, group: str | None = None, id_: str | None = None,
            limit: int = 200) -> list[dict]:
    rows = db.read("introductions/list", status=status, group=group, id=id_, limit=limit)
    for row in rows:
        via = row["via"]
        row["via"] = privacy.person(via["id"], via["name"], via["visibility"]) if via else None
        row["next"] = list(NEXT[row["introduction"]["status"]])
    return rows


def _user() -> str | None:
    return (g.get("user") or {}).get("name")
