"""Sign-in sheets at events: a coordinator opens a sheet for an event (link and QR code at the
venue); each person signs in with their name, group and the people they met, staged as a
(:Response) for review until the sheet closes."""
from __future__ import annotations

import json
import secrets
from datetime import timedelta

from flask import g

from .. import audit, clock, db, params
from ..errors import ApiError
from . import form, limits, links


def create(event_id: str, closes: str | None) -> dict:
    params.existing("event", event_id, ("Event",))
    closes = closes or (clock.today() + timedelta(days=1)).isoformat()
    if closes < clock.today().isoformat():
        raise ApiError(400, "bad_parameter", "受付の終わりは今日以降の日付にしてください。", parameter="closes")
    sheet_id = "sheet-" + secrets.token_hex(8)
    db.graph().write("collect/create_sheet", id=sheet_id, event=event_id, closes=closes,
             user=(g.get("user") or {}).get("name"))
    audit.record(db.graph(), "signin_sheet_created", target=sheet_id, detail=event_id)
    return find(sheet_id)


def find(sheet_id: str) -> dict:
    rows = db.graph().read("collect/sheets", event=None, id=sheet_id[:100])
    if not rows:
        raise ApiError(404, "not_found", "その受付は見つかりません。", parameter="id")
    return with_link(rows[0])


def listing(event_id: str | None = None) -> list[dict]:
    return [with_link(r) for r in db.graph().read("collect/sheets", event=event_id, id=None)]


def with_link(sheet: dict) -> dict:
    return {**sheet, "link": links.url("signin", sheet["id"])}


def open_sheet(token: str, suggesting: bool = False) -> dict:
    limits.check_address()
    sheet_id = links.opened("signin", token)
    rows = db.graph().read("collect/sheets", event=None, id=sheet_id) if sheet_id else []
    if not rows:
        limits.bad_link()
        raise ApiError(404, "unknown_link", "このリンクは使えません。会場の案内のリンクをそのまま開いてください。")
    sheet = rows[0]
    if sheet["closes"] < clock.today().isoformat():
        limits.bad_link()
        raise ApiError(410, "link_expired", "この受付は終了しました。")
    (limits.suggest if suggesting else limits.use_link)("signin", sheet_id)
    return sheet


def sign_in(sheet: dict, posted) -> form.Reading:
    reading = form.signin(posted, db.graph().read("collect/groups_for_matching"))
    if not reading.problems:
        db.graph().write("collect/stage_signin", response="res-" + secrets.token_hex(6), sheet=sheet["id"],
                 event=sheet["event"]["id"], payload=json.dumps(reading.payload, ensure_ascii=False))
    return reading
