"""GET /partners (and /api/partners): 課題 × 強み — for a group and one of its needs, the
groups that offer it, ranked, with reasons and the person to ask.

Step by step: `?q=` finds the group, `?group=` lists its needs, `&need=` gives the candidates.
"""
from __future__ import annotations

from flask import Blueprint, request

from .. import introductions, params, questions, search, wording
from ..db import graph
from .twin import Table, register
from ..lang import N_
from ..menu import Menu

bp = Blueprint("partners", __name__)
MENU = Menu(N_("協働の相手を探す"), "partners.partners", 30)


def _rows(data: dict) -> list[dict]:
    rows = []
    for rank, item in enumerate(data["candidates"], 1):
        intro = item["introduction"] or {}
        rows.append({"rank": rank, "group_id": item["group"]["id"], "group": item["group"]["name"],
                     "sector": item["group"]["sector"], "score": item["score"],
                     "reasons": [r["text"] for r in item["reasons"]], "hops": intro.get("hops"),
                     "from_member": (intro.get("from_member") or {}).get("label"),
                     "ask_first": (intro.get("ask_first") or {}).get("label"),
                     "already_partners": item["already_partners"]})
    return rows


@register(bp, "/partners", "/api/partners", "partners.html", {"candidates": Table(N_("協働の候補"), (
    ("rank", N_("順位")), ("group_id", "ID"), ("group", N_("候補の団体")), ("sector", N_("分野")), ("score", N_("スコア")),
    ("reasons", N_("理由")), ("hops", N_("ステップ数")), ("from_member", N_("こちらの会員")), ("ask_first", N_("紹介を頼む人")),
    ("already_partners", N_("協働中"))), _rows)}, named=lambda data: {**data, "score_rule": wording.score_rule()})
def partners() -> dict:
    group_id = params.existing("group", params.value("group"), ("Group",))
    need_id = params.existing("need", params.value("need"), ("Capability",))
    query = (request.args.get("q") or "")[:100]
    answer = {"query": query, "groups_found": [], "group": None, "needs": [], "need": None,
              "capabilities": [], "candidates": []}
    if group_id is None:
        if query:
            answer["groups_found"] = search.find(graph(), query, ("Group",), 50)["results"]["Group"]["items"]
        return answer
    row = graph().read("pages/group_needs", id=group_id)[0]
    answer.update(group=row["group"], needs=row["needs"], capabilities=row["capabilities"],
                  introduced=introductions.of_group(graph(), group_id))
    if need_id is not None:
        names = {c["id"]: c["name"] for c in row["capabilities"]}
        answer["need"] = next((n for n in row["needs"] if n["id"] == need_id),
                              {"id": need_id, "name": names.get(need_id), "declared": False})
        answer["candidates"] = questions.collaboration_candidates(
            graph(), params.view(), group_id, need_id, params.limit(default=10, maximum=100))["items"]
    return answer
