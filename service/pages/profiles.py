"""The pages of one group, person, collaboration or event, each with its JSON twin:
/groups/<id>, /people/<id>, /collaborations/<id>, /events/<id> and /api/... ."""
from __future__ import annotations

from flask import Blueprint, g

from .. import audit, departments, impact, matching, profiles, wording
from ..collect import signin
from ..db import graph
from .twin import Table, register
from ..lang import N_

bp = Blueprint("profiles", __name__)

_PERSON = (("id", "ID"), ("label", N_("名前")))


def _candidates(data: dict) -> list[dict]:
    return [{"need": entry["need"]["name"], "rank": rank, "group": item["group"]["name"],
             "score": item["score"], "reasons": [r["text"] for r in item["reasons"]],
             "ask_first": (item["introduction"] or {}).get("ask_first", {}).get("label"),
             "from_member": (item["introduction"] or {}).get("from_member", {}).get("label")}
            for entry in data["candidates_by_need"] for rank, item in enumerate(entry["candidates"], 1)]


@register(bp, "/groups/<group_id>", "/api/groups/<group_id>", "group.html", {
    "members": Table(N_("会員"), _PERSON + (("role", N_("役割")), ("since", N_("開始")), ("until", N_("終了"))),
                     lambda d: d["members"]),
    "collaborations": Table(N_("協働"), (("id", "ID"), ("name", N_("協働")), ("status", N_("状況")), ("role", N_("役割")),
                             ("started", N_("開始"))), lambda d: d["collaborations"]),
    "candidates": Table(N_("課題ごとの候補"), (("need", N_("課題")), ("rank", N_("順位")), ("group", N_("候補の団体")), ("score", N_("スコア")),
                         ("reasons", N_("理由")), ("from_member", N_("こちらの会員")), ("ask_first", N_("紹介を頼む人"))),
                        _candidates),
})
def group(group_id: str) -> dict:
    return profiles.group(graph(), group_id)


@register(bp, "/people/<person_id>", "/api/people/<person_id>", "person.html", {
    "knows": Table(N_("知り合い"), _PERSON + (("strength", N_("つながりの強さ")), ("context", N_("出会った場")), ("since", N_("いつから"))),
                   lambda d: d["knows"]),
    "groups": Table(N_("所属団体"), (("id", "ID"), ("name", N_("団体")), ("role", N_("役割")), ("since", N_("開始")),
                                   ("until", N_("終了"))), lambda d: d["groups"]),
}, named=lambda d: {**d, "bridging": d["bridging"] and wording.with_why([d["bridging"]])[0]})
def person(person_id: str) -> dict:
    answer = profiles.person(graph(), person_id)
    audit.record(graph(), "view_person", target=person_id)
    return answer


@register(bp, "/collaborations/<collaboration_id>", "/api/collaborations/<collaboration_id>",
          "collaboration.html", {
              "partners": Table(N_("参加団体"), (("id", "ID"), ("name", N_("団体")), ("role", N_("役割")), ("sector", N_("分野")),
                                 ("since", N_("参加"))), lambda d: d["partners"]),
              "who_to_tell": Table(N_("知らせる部署"), (("department", N_("部署")), ("why", N_("理由と、知っている職員"))),
                                   lambda d: [{"department": i["department"]["label"], "why": i["why_text"]}
                                              for i in d["who_to_tell"]["departments"]])},
          named=lambda d: {**d, "who_to_tell": {**d["who_to_tell"], "mail": wording.tell_mail(d["who_to_tell"]),
                                                "departments": [{**i, "why_text": wording.tell_why(i)}
                                                                for i in d["who_to_tell"]["departments"]]}})
def collaboration(collaboration_id: str) -> dict:
    return {**profiles.collaboration(graph(), collaboration_id),
            "who_to_tell": departments.who_to_tell(graph(), collaboration_id)}


@register(bp, "/events/<event_id>", "/api/events/<event_id>", "event.html", {
    "attendees": Table(N_("参加者"), _PERSON + (("groups", N_("所属")),), lambda d: d["attendees"])},
    named=lambda d: {**d, "matching": d["matching"] and wording.with_pair_why(d["matching"])})
def event(event_id: str) -> dict:
    kept = matching.kept(graph(), event_id)
    sheets = signin.listing(event_id) if g.get("user") and g.user["role"] in ("staff", "admin") else []
    found = profiles.event(graph(), event_id)
    held = not impact.planned(found["event"].get("date"))
    return {**found, "matching": kept and matching.shown(kept["plan"]), "held": held,
            "sheets": [{"id": s["id"], "closes": s["closes"]} for s in sheets]}
