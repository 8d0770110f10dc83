"""The pages people answer without an account: a survey through its personal link (/r/<token>)
and an event's sign-in sheet (/s/<token>). Each has a JSON twin (/api/r/..., /api/s/...)
and a group search for the search-as-you-type field. Open to everyone: the token is the key,
checked, rate-limited and scoped to one invitation or one sheet (service/collect)."""
from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request

from .. import choices, db, lang, search
from ..collect import form, signin, surveys
from ..labels import NAMES

bp = Blueprint("respond", __name__)
EMPTY = {"respondent": {}, "partners": [], "needs": [], "needs_note": None, "offers": [], "offers_note": None}


@bp.route("/r/<token>", methods=["GET", "POST"])
def survey(token: str):
    found = surveys.open_invite(token)
    capabilities = choices.capabilities(db.graph())
    reading, state = None, found["invite"]["status"]
    if request.method == "POST":
        submitting = request.form.get("action") == "submit"
        reading = surveys.answer(found, request.form, submitting, capabilities)
        if not reading.problems:
            state = "submitted" if submitting else "saved"
    else:
        surveys.seen(found["invite"]["id"])
    answers = reading.payload if reading else (found["answers"] or EMPTY)
    rows = answers["partners"] + [{} for _ in range(form.BLANK_ROWS)]
    page = render_template("respond.html", found=found, answers=answers, rows=rows[:form.PARTNER_ROWS],
                           problems=reading.problems if reading else [], state=state, token=token,
                           capabilities=capabilities, how=NAMES["how"], lang=lang.current(), page="respond",
                           json_twin=f"/api/r/{token}")
    return page, 400 if reading and reading.problems else 200


@bp.get("/api/r/<token>")
def survey_json(token: str):
    """What the respondent needs to go on: the survey, their group and their saved draft —
    and once submitted, only that it was submitted (the link shows no answers any more)."""
    found = surveys.open_invite(token)
    submitted = found["invite"]["status"] == "submitted"
    return jsonify({"survey": found["survey"], "group": found["group"], "status": found["invite"]["status"],
                    "saved": None if submitted else found["invite"]["saved"],
                    "answers": None if submitted else found["answers"]})


@bp.get("/r/<token>/groups")
def survey_groups(token: str):
    surveys.open_invite(token, suggesting=True)
    return _groups()


@bp.route("/s/<token>", methods=["GET", "POST"])
def sign_in(token: str):
    sheet = signin.open_sheet(token)
    reading = signin.sign_in(sheet, request.form) if request.method == "POST" else None
    done = reading is not None and not reading.problems
    page = render_template("signin.html", sheet=sheet, token=token, problems=reading.problems if reading else [],
                           given=reading.payload if reading and reading.problems else {}, done=done,
                           lang=lang.current(), page="sign_in", json_twin=f"/api/s/{token}")
    return page, 400 if reading and reading.problems else 200


@bp.get("/api/s/<token>")
def sign_in_json(token: str):
    sheet = signin.open_sheet(token)
    return jsonify({"event": sheet["event"], "closes": sheet["closes"]})


@bp.get("/s/<token>/groups")
def sign_in_groups(token: str):
    signin.open_sheet(token, suggesting=True)
    return _groups()


def _groups():
    """Up to 10 groups whose name or kana contains the typed text (folded)."""
    query = (request.args.get("q") or "")[:100]
    found = search.find(db.graph(), query, ("Group",), limit=10)
    return jsonify({"items": [{"id": item["id"], "name": item["name"]} for item in found["results"]["Group"]["items"]]})
