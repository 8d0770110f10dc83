"""Introductions as records: a coordinator proposes one from a candidates or paths answer
(who asks, which group, which need, who is asked to introduce, along which path), then moves
it along — proposed → contacted → met → collaborating, or declined — and links the
collaboration that followed. Every step is in the audit log."""
from __future__ import annotations

import secrets

from flask import g

from . import audit, questions
from .analysis.refs import ref
from .errors import ApiError
from .labels import NAMES
from .lang import N_, Lazy

STATUSES = ("proposed", "contacted", "met", "collaborating", "declined")
NEXT = {"proposed": ("contacted", "declined"), "contacted": ("met", "declined"),
        "met": ("collaborating", "declined"), "collaborating": (), "declined": ()}


def create(graph, group: str, candidate: str, need: str | None, via: str | None, note: str | None) -> dict:
    """A new proposed introduction; without `via`, the person to ask first on the best path
    (as the candidates answer names them: the one the group's own member knows)."""
    earlier = graph.read("introductions/of_pair", group=group, candidate=candidate)
    if earlier:  # one record per pair: its history carries what happens next
        raise ApiError(409, "duplicate_introduction", "この2つの団体の紹介はすでに記録されています(「%(status)s」)。",
                       status=Lazy(NAMES["introduction"][earlier[0]["status"]], "introduction"),
                       link=f"/introductions#{earlier[0]['id']}", parameter="candidate")
    paths = questions.introduction_paths(graph, questions.TODAY, group, candidate, 1, 8)["items"]
    path = [n["ref"] for n in paths[0]["nodes"]] if paths else []
    if via is None and paths:
        people = [n["ref"] for n in paths[0]["nodes"] if n["type"] == "Person"]
        via = (people[1] if len(people) > 1 else people[0]) if people else None
    made = "i-" + secrets.token_hex(6)
    graph.write("introductions/create", id=made, status="proposed", day=None, step_note=None, group=group,
                candidate=candidate, need=need, via=via, path=path, note=(note or "")[:1000] or None, user=_user())
    audit.record(graph, "introduction_created", target=made, detail=f"{group} → {candidate}")
    return find(graph, made)


def met_at_event(graph, group: str, candidate: str, need: str | None, event: str, day: str,
                 user: str | None) -> str:
    """Two groups a matching event seated together, who went on: recorded among the
    introductions as 顔合わせ済み on the event's day with the event's name, so that 紹介の記録
    follows them to a collaboration; a pair already recorded gets the event as a note. Returns
    the introduction's id."""
    earlier = graph.read("introductions/of_pair", group=group, candidate=candidate)
    step = event.replace("|", "｜")[:200]  # data: | divides a step
    if earlier:
        graph.write("introductions/add_note", id=earlier[0]["id"], note=f"{step} ({day})", user=user)
        return earlier[0]["id"]
    made = "i-" + secrets.token_hex(6)
    graph.write("introductions/create", id=made, status="met", day=day, step_note=step, group=group,
                candidate=candidate, need=need, via=None, path=[], note=None, user=user)
    audit.record(graph, "introduction_created", target=made, detail=f"{group} → {candidate} ({step})", user=user)
    return made


def advance(graph, introduction_id: str, status: str, collaboration: str | None = None) -> dict:
    current = find(graph, introduction_id)["introduction"]["status"]
    if status not in NEXT[current]:
        allowed = [Lazy(NAMES["introduction"][s], "introduction") for s in NEXT[current]]
        raise ApiError(409, "bad_transition", "「%(current)s」から「%(status)s」には進めません(次は %(allowed)s)。",
                       current=Lazy(NAMES["introduction"][current], "introduction"),
                       status=Lazy(NAMES["introduction"].get(status, status), "introduction"),
                       allowed=Lazy.joined(allowed) if allowed else Lazy(N_("なし")), parameter="status")
    graph.write("introductions/set_status", id=introduction_id, status=status, collaboration=collaboration,
                user=_user())
    audit.record(graph, "introduction_status", target=introduction_id, detail=status)
    return find(graph, introduction_id)


def find(graph, introduction_id: str) -> dict:
    rows = listing(graph, id_=introduction_id, limit=1)
    if not rows:
        raise ApiError(404, "not_found", "ID「%(introduction_id)s」の紹介は見つかりません。",
                       introduction_id=introduction_id[:100], parameter="id")
    return rows[0]


def note(graph, introduction_id: str, text: str) -> dict:
    """A dated note on an introduction's history."""
    find(graph, introduction_id)
    text = (text or "").strip()[:1000]
    if not text:
        raise ApiError(400, "missing_parameter", "メモを書いてください。", parameter="note")
    graph.write("introductions/add_note", id=introduction_id, note=text.replace("|", "｜"), user=_user())  # data: | divides a step
    audit.record(graph, "introduction_note", target=introduction_id)
    return find(graph, introduction_id)


def of_group(graph, group: str) -> dict[str, dict]:
    """The group's introductions by the other group: {group id: {id, status}}."""
    return {r["candidate"]: {"id": r["id"], "status": r["status"]} for r in graph.read("introductions/of_group", group=group)}


def listing(graph, status: str | None = None, group: str | None = None, id_: str | None = None,
            limit: int = 200, involving: str | None = None) -> list[dict]:
    """Introductions with the people on them as references (named when shown), each with its
    history as steps (status or note, day, who, note text)."""
    rows = graph.read("introductions/list", status=status, group=group, id=id_, limit=limit, involving=involving)
    for row in rows:
        row["via"] = ref("Person", row["via"]) if row["via"] else None
        row["introduction"]["path"] = [ref(step["type"], step["id"]) for step in row["introduction"]["path"]]
        row["introduction"]["steps"] = [_step(line) for line in row["introduction"].get("history") or []]
        row["next"] = list(NEXT[row["introduction"]["status"]])
    return rows


def _step(line: str) -> dict:
    parts = (line or "").split("|", 3) + ["", "", "", ""]
    return {"kind": parts[0], "day": parts[1], "by": parts[2], "note": parts[3]}


def _user() -> str | None:
    return (g.get("user") or {}).get("name")
