"""GET /groups (and /api/groups): the ward's groups as a list to read, print and download —
all of them or those of an area (and the areas inside it), a sector, a kind or a theme —
with where they are active, what they work on, lack and offer, their members and the
collaborations under way. What ホーム's 「団体」 count opens; the Excel-ready CSV is a
monthly report's table. The page's ids and numbers come from cypher/pages/group_list.cypher;
names are applied per request (service/pages/twin.register)."""
from __future__ import annotations

from flask import Blueprint

from .. import choices, clock, params
from ..analysis.refs import ref
from ..db import graph
from ..labels import label
from ..lang import N_
from ..template import KINDS_OF_GROUP, SECTORS
from .twin import Table, register

bp = Blueprint("group_list", __name__)


def _names(refs) -> list[str]:
    return [r.get("name") or "" for r in refs]


def _in_reading_order(data: dict) -> dict:
    """The groups as a directory lists them: by reading (kana, else the name), once named."""
    data["groups"].sort(key=lambda g: (choices.reading_order(g["kana"] or g["group"]["name"]), g["group"]["id"]))
    return data


@register(bp, "/groups", "/api/groups", "group_list.html", {"groups": Table(N_("団体の一覧"), (
    ("name", N_("団体")), ("kana", N_("よみ")), ("kind", N_("種別")), ("sector", N_("分野")), ("areas", N_("地域")),
    ("themes", N_("テーマ")), ("members", N_("会員")), ("collaborations", N_("続いている協働")),
    ("needs", N_("課題")), ("offers", N_("強み"))),
    lambda d: [{**g, "name": g["group"]["name"], "kind": g["group"]["kind"], "sector": g["group"]["sector"],
                **{key: _names(g[key]) for key in ("areas", "themes", "needs", "offers")}} for g in d["groups"]])},
          named=_in_reading_order, by_version=True)
def group_list() -> dict:
    area, theme = params.place("area", "Area"), params.place("theme", "Theme")
    sector, kind = params.choice("sector", SECTORS), params.choice("kind", KINDS_OF_GROUP)
    rows = graph().read("pages/group_list", area=area, theme=theme, sector=sector, kind=kind)
    lists = {"areas": choices.areas(graph()), "sectors": [{"id": code, "name": label("sector", code)} for code in SECTORS],
             "kinds": [{"id": code, "name": label("kind", code)} for code in KINDS_OF_GROUP],
             "themes": choices.themes(graph())}
    chosen = [item["name"] for key, given in (("areas", area), ("sectors", sector), ("kinds", kind), ("themes", theme))
              for item in lists[key] if item["id"] == given]  # what the list is of, on a printout
    return {"filters": {"area": area, "theme": theme, "sector": sector, "kind": kind}, "chosen": chosen,
            "today": clock.today().isoformat(), **lists,
            "groups": [{"group": ref("Group", r["id"]), "kana": r["kana"], "members": r["members"],
                        "collaborations": r["collaborations"],
                        **{key: [ref(label_, i) for i in r[key]] for key, label_ in
                           (("areas", "Area"), ("themes", "Theme"), ("needs", "Capability"), ("offers", "Capability"))}}
                       for r in rows]}
