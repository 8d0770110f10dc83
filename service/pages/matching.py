"""Matching events (団体同士のマッチングイベント) in the browser: /matching asks whom to invite
(an area, a theme, or a list of groups by name or id) and proposes tables and pairs to
introduce with their reasons; the coordinator can move groups between tables and plan again,
print table cards and a seating list, and make the plan an event with its sign-in sheet.
After the event, its page records which pairings led to a follow-up. JSON twins:
POST /api/matching/plan, POST /api/matching/event, POST /api/events/<id>/followups.
Staff and admins. The rules: service/analysis/matching.py; the steps: service/matching.py."""
from __future__ import annotations


from flask import Blueprint, g, jsonify, redirect, render_template, request

from .. import choices, clock, lang, matching, notices, params, wording
from ..analysis.matching import SIZES
from ..auth.access import requires
from ..collect import signin
from ..db import graph
from ..errors import ApiError
from ..lang import _
from ..privacy import present
from ..search import fold

bp = Blueprint("matching", __name__)
EDITORS = ("staff", "admin")


@bp.get("/matching")
@requires(*EDITORS)
def form():
    return render_template("matching.html", plan=None, asked={"size": 5}, choices=_choices(), lang=lang.current())


@bp.post("/matching")
@requires(*EDITORS)
def planned():
    """The plan for what the form asks; or, with action=event, the plan made an event."""
    asked = _asked(request.form)
    try:
        found = _plan(asked)
    except ApiError as error:
        return render_template("matching.html", plan=None, asked=asked, choices=_choices(), problem=error.text(lang.current()),
                               lang=lang.current()), error.status
    if request.form.get("action") == "event":
        try:
            event = _event(found, asked)
        except ApiError as error:  # the plan stays on the page, with what to fix
            return render_template("matching.html", plan=_named(found), asked=asked, choices=_choices(),
                                   problem=error.text(lang.current()), lang=lang.current()), error.status
        return redirect(f"/events/{event}", code=303)
    return render_template("matching.html", plan=_named(found), asked=asked, choices=_choices(), lang=lang.current())


@bp.post("/api/matching/plan")
@requires(*EDITORS)
def plan_json():
    found = _plan(_asked(params.posted()))
    return jsonify({**_named(found), "raw": found})


@bp.post("/api/matching/event")
@requires(*EDITORS)
def event_json():
    asked = _asked(params.posted())
    event = _event(_plan(asked), asked)
    return jsonify({"event": event, "url": f"/events/{event}"}), 201


@bp.post("/events/<event_id>/followups")
@bp.post("/api/events/<event_id>/followups")
@requires(*EDITORS)
def followups(event_id: str):
    given = params.posted()
    raw = given.get("pairs") if request.is_json else given.getlist("pair")
    try:
        chosen = [int(i) for i in (raw or [])]
    except (TypeError, ValueError):
        raise ApiError(400, "bad_parameter", "組み合わせの番号が正しくありません。", parameter="pairs") from None
    written = matching.record_followups(graph(), event_id, chosen, g.user["role"], g.user["name"])
    if request.is_json:
        return jsonify({"written": written})
    notices.say(_("続きのあった %(count)s 組を、団体どうしの協力として記録しました(出典: このイベント)。", count=written))
    return redirect(f"/events/{event_id}", code=303)


# ---------------------------------------------------------------------------------------
def _asked(source) -> dict:
    """What the coordinator asked, from a form or a JSON body: area, theme, groups (names or
    ids, one per line or a list), size, seating (id → table), the event's name and day."""
    getter = source.get
    lines = getter("groups") or []
    if isinstance(lines, str):
        lines = [line.strip() for line in lines.splitlines() if line.strip()]
    seating = getter("seating") if isinstance(getter("seating"), dict) else {
        key[5:]: value for key, value in source.items() if key.startswith("seat-")}
    return {"area": getter("area") or None, "theme": getter("theme") or None, "groups": lines,
            "size": getter("size") or 5, "seating": seating, "name": getter("name") or "", "date": getter("date") or "",
            "keep": bool(seating) and getter("action") != "plan"}


def _plan(asked: dict) -> dict:
    g.param_source = {k: asked[k] for k in ("area", "theme") if asked[k]}  # read by name, as a GET's
    try:
        area, theme = params.place("area", "Area"), params.place("theme", "Theme")
    finally:
        g.param_source = None
    try:
        size = int(asked["size"])
    except (TypeError, ValueError):
        size = 0
    if not SIZES[0] <= size <= SIZES[1]:
        raise ApiError(400, "bad_parameter", "1テーブルの団体数は %(low)s〜%(high)s です。", low=SIZES[0], high=SIZES[1],
                       parameter="size")
    ids = _group_ids(asked["groups"]) if asked["groups"] else None
    groups = matching.invited(graph(), area, theme, ids)
    seating = None
    if asked["keep"]:
        seating = {}
        for group, number in asked["seating"].items():
            try:
                seating[group] = int(number)
            except (TypeError, ValueError):
                continue
    return matching.proposed(graph(), groups, size, seating)


def _group_ids(lines: list[str]) -> list[str]:
    """Each line's group: its id, or its name (全角/半角 and kana folded); unknown lines are said."""
    choices = graph().read("edit/group_choices")
    by_id = {c["id"] for c in choices}
    by_name: dict[str, list[str]] = {}
    for c in choices:
        by_name.setdefault(fold(c["name"]), []).append(c["id"])
    found, unknown = [], []
    for line in lines:
        named = by_name.get(fold(line), [])
        if line in by_id:
            found.append(line)
        elif len(named) == 1:
            found.append(named[0])
        else:
            unknown.append(line)
    if unknown:
        raise ApiError(400, "unknown_groups", "次の団体が見つかりません(名前か ID を1行に1つ): %(ids)s",
                       ids="、".join(unknown[:20]), parameter="groups")
    return list(dict.fromkeys(found))


def _event(found: dict, asked: dict) -> str:
    if not asked["name"].strip() or not asked["date"]:
        raise ApiError(400, "missing_parameter", "イベントの名前と日付を入れてから「イベントと受付表を作る」を押してください。",
                       parameter="name" if not asked["name"].strip() else "date")
    event = matching.make_event(graph(), found, asked["name"], asked["date"], g.user["role"], g.user["name"])
    closes = asked["date"] if asked["date"] >= clock.today().isoformat() else None
    signin.create(event, closes)
    notices.say(_("マッチングイベント「%(name)s」を作りました。組み合わせと受付表は、このページにあります。", name=asked["name"]))
    return event


def _named(found: dict) -> dict:
    return wording.with_pair_why(present(graph(), matching.shown(found)))


def _choices() -> dict:
    return {"areas": choices.areas(graph()), "themes": choices.themes(graph()), "sizes": list(range(SIZES[0], SIZES[1] + 1))}
