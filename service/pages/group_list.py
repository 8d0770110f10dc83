"""GET /groups (and /api/groups): the ward's groups as a list to read, print and download —
all of them or those of an area (and the areas inside it), a sector, a kind or a theme —
with where they are active, what they work on, lack and offer, their members and the
collaborations under way. What ホーム's 「団体」 count opens; the Excel-ready CSV is a
monthly report's table. The page's ids and numbers come from cypher/pages/group_list.cypher;
names are applied per request (service/pages/twin.register)."""
from __future__ import annotations

from flask import Blueprint

from .. import choices, params
from ..analysis.refs import ref
from ..db import graph
from ..labels import label
from ..lang import N_, gettext
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
    given = {"area": params.place("area", "Area"), "sector": params.choice("sector", SECTORS),
             "kind": params.choice("kind", KINDS_OF_GROUP), "theme": params.place("theme", "Theme")}
    rows = graph().read("pages/group_list", **given)
    choosers = [{"name": name, "title": gettext(title), "all": gettext(every), "options": options(), "chosen": given[name]}
                for name, title, every, options in (
                    ("area", N_("地域"), N_("区全体"), lambda: choices.areas(graph())),
                    ("sector", N_("分野"), N_("すべて"), lambda: [{"id": c, "name": label("sector", c)} for c in SECTORS]),
                    ("kind", N_("種別"), N_("すべて"), lambda: [{"id": c, "name": label("kind", c)} for c in KINDS_OF_GROUP]),
                    ("theme", N_("テーマ"), N_("すべて"), lambda: choices.themes(graph())))]
    chosen = [o["name"] for c in choosers for o in c["options"] if o["id"] == c["chosen"]]  # what it is of, on a printout
    return {"filters": given, "choosers": choosers, "chosen": chosen,
            "groups": [{"group": ref("Group", r["id"]), "kana": r["kana"], "members": r["members"],
                        "collaborations": r["collaborations"],
                        **{key: [ref(label_, i) for i in r[key]] for key, label_ in
                           (("areas", "Area"), ("themes", "Theme"), ("needs", "Capability"), ("offers", "Capability"))}}
                       for r in rows]}
