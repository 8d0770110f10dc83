"""GET /who-knows-whom?from=&to= (and /api/who-knows-whom): the introduction paths between
two people or groups, listed step by step and drawn on the path map.

`from` and `to` take an id or a name (or kana): a name that matches one person or group is
used; one that matches several lists them to choose from.
"""
from __future__ import annotations

from flask import Blueprint, url_for

from .. import params, questions, search
from ..db import graph
from .twin import Table, register
from ..lang import N_
from ..menu import Menu

bp = Blueprint("who_knows_whom", __name__)
MENU = Menu(N_("誰が誰を知っている"), "who_knows_whom.who_knows_whom", 40)
CHOICES = 20


def _rows(data: dict) -> list[dict]:
    rows = []
    for number, path in enumerate(data["paths"], 1):
        for step, node in enumerate(path["nodes"]):
            tie = path["ties"][step - 1] if step else {}
            rows.append({"path": number, "step": step, "type": node["type"], "id": node["id"],
                         "label": node["label"], "tie": tie.get("type"),
                         "detail": tie.get("role") or tie.get("context")})
    return rows


@register(bp, "/who-knows-whom", "/api/who-knows-whom", "who_knows_whom.html", {"paths": Table(N_("紹介ルート"), (
    ("path", N_("ルート")), ("step", N_("ステップ")), ("type", N_("種類")), ("id", "ID"), ("label", N_("名前")),
    ("tie", N_("つながり")), ("detail", N_("詳しく"))), _rows)}, by_version=True)
def who_knows_whom() -> dict:
    ends = {side: _resolve(params.value(side), params.value(f"{side}_id")) for side in ("from", "to")}
    answer = {"from": ends["from"], "to": ends["to"], "paths": [], "map_url": None}
    for side, other in (("from", "to"), ("to", "from")):  # a choice keeps its name, and the other box
        kept = {other: ends[other]["query"] or (ends[other]["chosen"] or {}).get("name", "")}
        if ends[other]["chosen"]:
            kept[f"{other}_id"] = ends[other]["chosen"]["id"]
        for choice in ends[side]["choices"]:
            choice["href"] = url_for("who_knows_whom.who_knows_whom", **{side: choice["name"], f"{side}_id": choice["id"]},
                                     **kept)
    chosen_from, chosen_to = ends["from"]["chosen"], ends["to"]["chosen"]
    if chosen_from and chosen_to:
        k = params.integer("k", 3, 1, 10)
        max_hops = params.integer("max_hops", 8, 1, 20)
        answer["paths"] = questions.introduction_paths(graph(), params.view(), chosen_from["id"], chosen_to["id"],
                                                       k, max_hops)["items"]
        answer["map_url"] = url_for("maps.page", name="path", **{"from": chosen_from["id"],
                                                                 "to": chosen_to["id"], "k": k})
    return answer


def _resolve(text: str | None, chosen_id: str | None = None) -> dict:
    """{query, chosen, choices}: the person or group `text` names, or the candidates (each
    with their groups and areas, to tell namesakes apart). `chosen_id` is the one chosen
    before under this name: the box keeps the name as typed, the choice stays made."""
    answer = {"query": text or "", "chosen": None, "choices": []}
    if not text:
        return answer
    text = text[:100]
    if chosen_id:
        kept = graph().read("pages/endpoint", id=chosen_id[:200], named=list(graph().reader.named))
        if kept and search.fold(kept[0]["name"]) == search.fold(text):
            answer["chosen"] = kept[0]
            return answer
    rows = graph().read("pages/endpoint", id=text, named=list(graph().reader.named))
    if rows:  # given by id (a link from a person's page): the box shows the name
        answer.update(chosen=rows[0], query=rows[0]["name"])
        return answer
    found = search.find(graph(), text, ("Person", "Group"), CHOICES)["results"]
    choices = [{"id": i["id"], "name": i["name"], "type": t} for t in ("Person", "Group")
               for i in found[t]["items"]]
    exact = [c for c in choices if search.fold(c["name"]) == search.fold(text)]
    if len(exact) == 1 or len(choices) == 1:
        answer["chosen"] = (exact or choices)[0]
    else:
        context = {r["id"]: r for r in graph().read("pages/namesakes", ids=[c["id"] for c in choices])}
        answer["choices"] = [{**c, "groups": context.get(c["id"], {}).get("groups", []),
                              "areas": context.get(c["id"], {}).get("areas", [])} for c in choices]
    return answer
