"""The coordinator's side of collecting ties: surveys (create, progress, links and letters
with QR codes, reminders), event sign-in sheets, and the review of staged responses
(accept with corrections, or reject). Staff and admins only; every page has a JSON twin."""
from __future__ import annotations

from flask import Blueprint, jsonify, redirect, request

from .. import audit, choices, db, notices, params, phones
from ..auth.access import requires
from ..collect import form, links, plans, review, signin, surveys
from ..errors import ApiError
from ..template import SECTORS
from .twin import Table, register
from ..lang import N_, _, format_date, gettext
from ..menu import Menu

bp = Blueprint("surveys", __name__)
MENU = Menu(N_("調査と受付"), "surveys.survey_list", 70)
EDITORS = ("staff", "admin")


@bp.record_once
def _template_globals(state) -> None:
    state.app.jinja_env.globals["qr_svg"] = links.qr_svg
    state.app.jinja_env.filters["phone_links"] = phones.linked  # a sender's number, tapped on a phone


LINK_COLUMNS = (("group", N_("団体")), ("sector", N_("分野")), ("areas", N_("地域")), ("status", N_("状況")), ("link", N_("回答用リンク")))


def _link_rows(invites: list[dict]) -> list[dict]:
    return [{"group": i["group"]["name"], "sector": i["group"]["sector"], "areas": "、".join(i["areas"]),
             "status": i["status"], "link": i["link"]} for i in invites]


@register(bp, "/surveys", "/api/surveys", "surveys.html", {"surveys": Table(
    N_("調査の一覧"), (("id", "ID"), ("title", N_("題名")), ("created", N_("作った日時")), ("deadline", N_("締め切り")), ("invited", N_("依頼数")),
                 ("submitted", N_("回答数")), ("response_rate", N_("回答率(%)")), ("accepted", N_("反映済み"))),
    lambda d: d["surveys"])}, roles=EDITORS)
def survey_list() -> dict:
    return {"surveys": surveys.listing(), "sheets": signin.listing(), "questions": list(form.QUESTIONS),
            "sectors": list(SECTORS), "areas": choices.areas(db.graph()), "events": db.graph().read("impact/events"),
            "pending": db.graph().read("collect/pending_count")[0]["pending"]}


@bp.post("/api/surveys")
@requires(*EDITORS)
def create_survey():
    given = params.posted()
    groups = [line.strip() for line in _text(given, "groups").replace(",", "\n").splitlines() if line.strip()]
    sector = _text(given, "sector") or None
    if sector is not None and sector not in SECTORS:
        _bad("sector")
    deadline = _day(given, "deadline")
    if deadline is None:
        raise ApiError(400, "missing_parameter", "締め切りを入れてください。", parameter="deadline")
    made = surveys.create(_text(given, "title"), _text(given, "message"), deadline, _list(given, "questions"),
                          params.existing("area", _text(given, "area") or None, ("Area",)), sector, groups or None,
                          _text(given, "sender"))
    if request.is_json:
        return jsonify(made), 201
    return redirect(f"/surveys/{made['survey']['id']}")


@register(bp, "/surveys/<survey_id>", "/api/surveys/<survey_id>", "survey.html", {
    "links": Table(N_("回答用リンク"), LINK_COLUMNS, lambda d: _link_rows(d["invites"])),
    "reminders": Table(N_("未回答(催促用)"), LINK_COLUMNS, lambda d: _link_rows(d["reminders"])),
    "by_area": Table(N_("地域別の回答率"), (("name", N_("地域")), ("invited", N_("依頼数")), ("submitted", N_("回答数")),
                                      ("response_rate", N_("回答率(%)"))), lambda d: d["by_area"]),
    "by_sector": Table(N_("分野別の回答率"), (("name", N_("分野")), ("invited", N_("依頼数")), ("submitted", N_("回答数")),
                                          ("response_rate", N_("回答率(%)"))), lambda d: d["by_sector"])},
    roles=EDITORS)
def survey_progress(survey_id: str) -> dict:
    return {**surveys.progress(survey_id), "responses": review.listing(survey=survey_id[:100])}


@bp.post("/api/surveys/<survey_id>/sender")
@requires(*EDITORS)
def change_sender(survey_id: str):
    changed = surveys.set_sender(survey_id, _text(params.posted(), "sender"))
    if request.is_json:
        return jsonify(changed)
    notices.say(_("差出人・お問い合わせ先を変更しました。これから印刷する案内状と回答ページに載ります。"))
    return redirect(f"/surveys/{changed['survey']['id']}", code=303)


@bp.post("/api/surveys/<survey_id>/deadline")
@requires(*EDITORS)
def move_deadline(survey_id: str):
    deadline = _day(params.posted(), "deadline")
    if deadline is None:
        raise ApiError(400, "missing_parameter", "締め切りを入れてください。", parameter="deadline")
    moved = surveys.set_deadline(survey_id, deadline)
    if request.is_json:
        return jsonify(moved)
    day = format_date(deadline)
    notices.say(_("締め切りを %(day)s にしました。この調査は締め切られ、回答用リンクはもう開けません。", day=day)
                if surveys.closed(deadline) else
                _("締め切りを %(day)s に変更しました。回答用リンクはその日まで開けます。", day=day))
    return redirect(f"/surveys/{moved['survey']['id']}", code=303)


@register(bp, "/surveys/<survey_id>/letters", "/api/surveys/<survey_id>/letters", "survey_letters.html",
          roles=EDITORS)
def survey_letters(survey_id: str) -> dict:
    """One printable letter per group that has not answered yet (or every group: ?all=1)."""
    progress = surveys.progress(survey_id)
    letters = progress["invites"] if params.value("all") else progress["reminders"]
    return {"survey": progress["survey"], "letters": letters}


@register(bp, "/responses", "/api/responses", "responses.html", {"responses": Table(
    N_("回答の一覧"), (("id", "ID"), ("kind", N_("種類")), ("status", N_("状況")), ("submitted", N_("日時")), ("from", N_("回答元"))),
    lambda d: [{"id": r["id"], "kind": r["kind"], "status": r["status"], "submitted": r["submitted"],
                "from": (r["group"] or {}).get("name") or r["payload"].get("name")} for r in d["items"]])},
    roles=EDITORS)
def response_list() -> dict:
    status = params.choice("status", review.STATUSES)
    kind = params.choice("kind", ("survey", "signin"))
    return {"status": status, "kind": kind, "statuses": list(review.STATUSES),
            "items": review.listing(kind=kind, survey=params.value("survey"), event=params.value("event"),
                                    status=status, limit=params.limit(default=500, maximum=5000))}


@register(bp, "/responses/<response_id>", "/api/responses/<response_id>", "response.html", roles=EDITORS)
def response_review(response_id: str) -> dict:
    """The response and what accepting it as it stands would write."""
    response = review.find(response_id)
    audit.record(db.graph(), "view_response", target=response["id"])  # names people typed
    planned = plans.preview(plans.plan(response)) if response["status"] == "pending" else None
    counts = (planned or {}).get("counts") or (response.get("written") or {}).get("counts") or {}
    capabilities = {c["id"]: c["name"] for c in db.graph().read("collect/capabilities")}
    payload = response.get("payload") or {}
    return {"response": response, "plan": planned, "how": list(form.HOW), "sectors": list(SECTORS),
            "summary": [{"what": gettext(title), "count": counts[stem]} for stem, title in plans.WRITES.items()
                        if counts.get(stem)],
            "named": {kind: [capabilities.get(c, c) for c in payload.get(kind) or []] for kind in ("needs", "offers")}}


@bp.post("/api/responses/<response_id>/accept")
@requires(*EDITORS)
def accept(response_id: str):
    corrections = params.posted() if request.is_json else _form_corrections()
    done = review.accept(response_id, corrections)
    return jsonify(done) if request.is_json else redirect(f"/responses/{response_id}")


@bp.post("/api/responses/<response_id>/reject")
@requires(*EDITORS)
def reject(response_id: str):
    done = review.reject(response_id, params.posted().get("note"))
    return jsonify(done) if request.is_json else redirect(f"/responses/{response_id}")


@bp.post("/api/sign-in-sheets")
@requires(*EDITORS)
def create_sheet():
    given = params.posted()
    event = _text(given, "event")
    if not event:
        raise ApiError(400, "missing_parameter", "イベントを選んでください。", parameter="event")
    sheet = signin.create(event, _day(given, "closes"))
    return (jsonify(sheet), 201) if request.is_json else redirect(f"/sign-in-sheets/{sheet['id']}")


@register(bp, "/sign-in-sheets/<sheet_id>", "/api/sign-in-sheets/<sheet_id>", "signin_sheet.html", roles=EDITORS)
def sheet_poster(sheet_id: str) -> dict:
    return {"sheet": signin.find(sheet_id)}


# --- reading forms and JSON alike ----------------------------------------------------------
def _text(given, name: str) -> str:
    value = given.get(name)
    if isinstance(value, list):
        value = "\n".join(str(v) for v in value)
    return value.strip() if isinstance(value, str) else ""


def _list(given, name: str) -> list[str]:
    if request.is_json:
        value = given.get(name) or []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return given.getlist(name)


def _day(given, name: str) -> str | None:
    return params.as_day(name, _text(given, name) or None)


def _bad(name: str):
    raise ApiError(400, "bad_parameter", "%(name)s の値が正しくありません。", name=name, parameter=name)


def _form_corrections() -> dict:
    """The review form: per row whether to include it, which group (existing or new, with
    kind and sector), the strength, and whether a contact matched by family name is someone
    new; the respondent's name and visibility."""
    posted, rows = request.form, {}
    for key in posted:
        if key.startswith("row-") and key.endswith("-group"):
            index = key[4:-6]
            strength = posted.get(f"row-{index}-strength") or None
            rows[index] = {"include": posted.get(f"row-{index}-include") == "on", "group": posted.get(key),
                           "kind": posted.get(f"row-{index}-kind"), "sector": posted.get(f"row-{index}-sector"),
                           "strength": int(strength) if strength in ("1", "2", "3") else None,
                           **{f"{side}_new": posted.get(f"row-{index}-{side}_new") == "on" for side in plans.SIDES}}
    return {"rows": rows, "respondent": {"name": posted.get("respondent_name"), "visibility": posted.get("visibility")},
            "capabilities": "capabilities" in posted}
