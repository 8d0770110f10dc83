"""The pages of one group, person, collaboration or event, each with its JSON twin:
/groups/<id>, /people/<id>, /collaborations/<id>, /events/<id> and /api/... ."""
from __future__ import annotations

from flask import Blueprint

from .. import audit, profiles
from ..db import graph
from .twin import Table, register

bp = Blueprint("profiles", __name__)

_PERSON = (("id", "ID"), ("label", "名前"))


def _candidates(data: dict) -> list[dict]:
    return [{"need": entry["need"]["name"], "rank": rank, "group": item["group"]["name"],
             "score": item["score"], "reasons": [r["text"] for r in item["reasons"]],
             "ask_first": (item["introduction"] or {}).get("ask_first", {}).get("label"),
             "from_member": (item["introduction"] or {}).get("from_member", {}).get("label")}
            for entry in data["candidates_by_need"] for rank, item in enumerate(entry["candidates"], 1)]


@register(bp, "/groups/<group_id>", "/api/groups/<group_id>", "group.html", {
    "members": Table("会員", _PERSON + (("role", "役割"), ("since", "開始")), lambda d: d["members"]),
    "collaborations": Table("協働", (("id", "ID"), ("name", "協働"), ("status", "状況"), ("role", "役割"),
                             ("started", "開始")), lambda d: d["collaborations"]),
    "candidates": Table("課題ごとの候補", (("need", "課題"), ("rank", "順位"), ("group", "候補の団体"), ("score", "スコア"),
                         ("reasons", "理由"), ("from_member", "こちらの会員"), ("ask_first", "紹介を頼む人")),
                        _candidates),
})
def group(group_id: str) -> dict:
    return profiles.group(graph(), group_id)


@register(bp, "/people/<person_id>", "/api/people/<person_id>", "person.html", {
    "knows": Table("知り合い", _PERSON + (("strength", "つながりの強さ"), ("context", "出会った場"), ("since", "いつから")),
                   lambda d: d["knows"]),
    "groups": Table("所属団体", (("id", "ID"), ("name", "団体"), ("role", "役割"), ("since", "開始")), lambda d: d["groups"]),
})
def person(person_id: str) -> dict:
    answer = profiles.person(graph(), person_id)
    audit.record(graph(), "view_person", target=person_id)
    return answer


@register(bp, "/collaborations/<collaboration_id>", "/api/collaborations/<collaboration_id>",
          "collaboration.html", {
              "partners": Table("参加団体", (("id", "ID"), ("name", "団体"), ("role", "役割"), ("sector", "セクター"),
                                 ("since", "参加")), lambda d: d["partners"])})
def collaboration(collaboration_id: str) -> dict:
    return profiles.collaboration(graph(), collaboration_id)


@register(bp, "/events/<event_id>", "/api/events/<event_id>", "event.html", {
    "attendees": Table("参加者", _PERSON + (("groups", "所属"),), lambda d: d["attendees"])})
def event(event_id: str) -> dict:
    return profiles.event(graph(), event_id)
