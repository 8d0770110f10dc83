"""Surveys: a coordinator asks a set of groups who they worked with. Each group gets a
personal link (links.py) valid until the deadline; the respondent saves and returns, then
submits, which stages a (:Response) for review. Progress is counted by area and sector."""
from __future__ import annotations

import json
import secrets

from flask import g

from .. import audit, clock, db
from ..importer.run import ids_by_name
from ..search import fold
from ..errors import ApiError
from ..lang import N_
from . import form, limits, links

TITLE_MAX, MESSAGE_MAX, SENDER_MAX = 200, 4000, 300


def create(title: str, message: str, deadline: str, questions: list[str], area: str | None,
           sector: str | None, group_ids: list[str] | None, sender: str) -> dict:
    """A survey and its invitations. `sender`: who sends it and whom to ask (an office, a
    phone number), printed on the letters and shown on the answer page — a link and a QR code
    from nobody in particular look like what groups are told not to open."""
    title, message, sender = (title or "").strip(), (message or "").strip(), (sender or "").strip()
    problems = []
    if not title or len(title) > TITLE_MAX:
        problems.append(("title", N_("題名を %(limit)s 文字以内で入れてください。"), {"limit": TITLE_MAX}))
    if len(message) > MESSAGE_MAX:
        problems.append(("message", N_("メッセージは %(limit)s 文字以内です。"), {"limit": MESSAGE_MAX}))
    if closed(deadline):
        problems.append(("deadline", N_("締め切りは今日以降の日付にしてください。"), {}))
    chosen = [q for q in form.QUESTIONS if q in questions]
    if not chosen:
        problems.append(("questions", N_("質問を一つ以上選んでください。"), {}))
    problems += _sender_problems(sender)
    if problems:
        name, message, values = problems[0]
        raise ApiError(400, "bad_parameter", message, parameter=name, **values)
    if group_ids:
        group_ids = _group_ids(group_ids)
    targets = db.graph().read("collect/target_groups", area=area, sector=sector, ids=group_ids)
    if not targets:
        raise ApiError(400, "no_groups", "条件に合う団体がありません。地域・分野・団体の指定を見直してください。", parameter="groups")
    survey_id = "sv-" + secrets.token_hex(5)
    invites = [{"id": "inv-" + secrets.token_hex(8), "group_id": t["id"]} for t in targets]
    db.graph().write("collect/create_survey", id=survey_id, title=title, message=message or None,
             sender=sender, deadline=deadline,
             questions=chosen, user=(g.get("user") or {}).get("name"), invites=invites)
    audit.record(db.graph(), "survey_created", target=survey_id,
                 detail=f"{title[:80]} ({len(invites)})")
    return progress(survey_id)


def set_sender(survey_id: str, sender: str) -> dict:
    """Set or correct who sends the survey and whom to ask (a survey made before it was asked
    has none); its letters and answer page show it at once."""
    sender = (sender or "").strip()
    for name, message, values in _sender_problems(sender):
        raise ApiError(400, "bad_parameter", message, parameter=name, **values)
    if not db.graph().write("collect/set_sender", id=survey_id[:100], sender=sender):
        progress(survey_id)  # the 404 naming the survey
    audit.record(db.graph(), "survey_sender", target=survey_id[:100], detail=sender[:80])
    return progress(survey_id)


def _sender_problems(sender: str) -> list[tuple]:
    if not sender or len(sender) > SENDER_MAX:
        return [("sender", N_("差出人・お問い合わせ先(係の名前と電話など)を %(limit)s 文字以内で入れてください。"),
                 {"limit": SENDER_MAX})]
    return []


def closed(deadline: str) -> bool:
    """Whether a survey with this deadline (ISO day) is closed: its day has passed (answers
    are taken until the end of the deadline's day, in the ward's time)."""
    return deadline < clock.today().isoformat()


def set_deadline(survey_id: str, deadline: str) -> dict:
    """Extend a survey (a later deadline) or close it now (one before today): every link
    follows at once."""
    if not db.graph().write("collect/set_deadline", id=survey_id[:100], deadline=deadline):
        progress(survey_id)  # the 404 naming the survey
    audit.record(db.graph(), "survey_deadline", target=survey_id[:100], detail=deadline)
    return progress(survey_id)


def listing() -> list[dict]:
    rows = db.graph().read("collect/surveys")
    for row in rows:
        row["response_rate"] = _rate(row["submitted"], row["invited"])
    return rows


def progress(survey_id: str) -> dict:
    rows = db.graph().read("collect/survey", id=survey_id[:100])
    if not rows:
        raise ApiError(404, "not_found", "ID「%(survey_id)s」の調査は見つかりません。", survey_id=survey_id[:100], parameter="id")
    survey, invites = rows[0]["survey"], rows[0]["invites"]
    for invite in invites:
        invite["link"] = links.url("survey", invite["id"])
    answered = [i for i in invites if i["status"] == "submitted"]
    return {"survey": survey, "invites": invites, "invited": len(invites), "submitted": len(answered),
            "response_rate": _rate(len(answered), len(invites)),
            "by_sector": _rates(invites, lambda i: [i["group"]["sector"] or ""]),
            "by_area": _rates(invites, lambda i: i["areas"] or [""]),
            "reminders": [i for i in invites if i["status"] != "submitted"]}


# --- the respondent's side ----------------------------------------------------------------
def open_invite(token: str, suggesting: bool = False) -> dict:
    """The invitation a link opens; 404 for a link not made here, 410 after the deadline."""
    limits.check_address()
    invite_id = links.opened("survey", token)
    rows = db.graph().read("collect/invite", id=invite_id) if invite_id else []
    if not rows:
        limits.bad_link()
        raise ApiError(404, "unknown_link", "このリンクは使えません。届いた案内のリンクをそのまま開いてください。")
    found = rows[0]
    if closed(found["survey"]["deadline"]):
        limits.bad_link()
        raise ApiError(410, "link_expired", "この調査の締め切り(%(found)s)を過ぎたため、回答できません。事務局にお問い合わせください。",
                       found=found['survey']['deadline'])
    (limits.suggest if suggesting else limits.use_link)("survey", invite_id)
    found["answers"] = json.loads(found["invite"]["draft"]) if found["invite"]["draft"] else None
    return found


def seen(invite_id: str) -> None:
    db.graph().write("collect/open_invite", id=invite_id)


def answer(found: dict, posted, submitting: bool, capabilities: list[dict]) -> form.Reading:
    """Save (or submit) the posted answers; with problems nothing is stored."""
    invite, survey = found["invite"], found["survey"]
    if invite["status"] == "submitted":
        raise ApiError(409, "already_submitted", "この回答はすでに提出されています。変更は事務局にご連絡ください。")
    groups = db.graph().read("collect/groups_for_matching")
    reading = form.survey(posted, survey["questions"], {c["id"] for c in capabilities}, groups,
                          found["group"]["id"], submitting)
    if reading.problems:
        return reading
    payload = json.dumps(reading.payload, ensure_ascii=False)
    if submitting:
        stored = db.graph().write("collect/submit_invite", id=invite["id"], response="res-" + secrets.token_hex(6),
                          payload=payload, group=found["group"]["id"], survey=survey["id"])
    else:
        stored = db.graph().write("collect/save_draft", id=invite["id"], draft=payload)
    if not stored:
        raise ApiError(409, "already_submitted", "この回答はすでに提出されています。")
    return reading


def _rates(invites: list[dict], keys) -> list[dict]:
    counts: dict[str, list[int]] = {}
    for invite in invites:
        for key in keys(invite):
            entry = counts.setdefault(key, [0, 0])
            entry[0] += 1
            entry[1] += invite["status"] == "submitted"
    return [{"name": name, "invited": invited, "submitted": submitted, "response_rate": _rate(submitted, invited)}
            for name, (invited, submitted) in sorted(counts.items())]


def _rate(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _group_ids(given: list[str]) -> list[str]:
    """The groups a coordinator listed, each by its id or by its name (folded as the search
    folds names): a 404 naming those not found, a 400 naming a name two groups share (to be
    given by id)."""
    given = [item[:100] for item in dict.fromkeys(given)]
    known = {r["id"] for r in db.graph().read("collect/target_groups", area=None, sector=None, ids=given)}
    by_name = ids_by_name(db.graph(), "Group", [item for item in given if item not in known])
    ids, missing, shared = [], [], []
    for item in given:
        found = {item} if item in known else by_name.get(fold(item), set())
        if len(found) == 1:
            ids.extend(found)
        elif found:
            shared.append(item)
        else:
            missing.append(item)
    if missing:
        raise ApiError(404, "not_found", "この団体は見つかりません: %(listed)s(名前か ID で。団体の一覧はホームの団体の数から開けます)",
                       listed="、".join(missing[:10]), value=", ".join(missing[:10]), parameter="groups")
    if shared:
        raise ApiError(400, "ambiguous_name", "同じ名前の団体がいくつかあります: %(listed)s(団体のページの ID で指定してください)",
                       listed="、".join(shared[:10]), value=", ".join(shared[:10]), parameter="groups")
    return ids
