"""GET /blank-areas?theme= (and /api/blank-areas): 空白地域 — the areas where no group works on
a theme (no 子育て group in 田柄地区, say): where a coordinator might help one start, with the
groups already active there and the groups of the theme nearby who could help.

The example of the architecture guide (docs/architecture.md): a question is its Cypher file,
this module (data, page, JSON twin and CSV in one), its template and its messages."""
from __future__ import annotations

from flask import Blueprint

from .. import choices, params
from ..analysis.refs import ref
from ..db import graph
from ..lang import N_
from ..menu import Menu
from ..template import AREA_LEVELS
from .twin import Table, register

bp = Blueprint("blank_areas", __name__)
MENU = Menu(N_("空白地域"), "blank_areas.blank_areas", 85)


@register(bp, "/blank-areas", "/api/blank-areas", "blank_areas.html", {"areas": Table(N_("空白地域"), (
    ("area", N_("地域")), ("parent", N_("含まれる地域")), ("groups_there", N_("活動している団体の数")),
    ("nearby", N_("近くでこのテーマに取り組む団体"))),
    lambda d: [{"area": r["area"]["name"], "parent": (r["parent"] or {}).get("name"), "groups_there": r["groups_there"],
                "nearby": [g["name"] for g in r["nearby"]]} for r in d["areas"]])}, by_version=True)
def blank_areas() -> dict:
    themes = choices.themes(graph())
    theme = params.existing("theme", params.value("theme"), ("Theme",)) or (themes[0]["id"] if themes else None)
    level = params.choice("level", AREA_LEVELS) or AREA_LEVELS[1]  # 地区
    within = params.existing("area", params.value("area"), ("Area",))
    rows = graph().read("questions/blank_areas", theme=theme, level=level, within=within) if theme else []
    areas = choices.areas(graph())
    inside = {r["id"] for r in graph().read("map/sub_areas", area=within)} if within else None  # it and the areas in it
    return {"theme": theme and ref("Theme", theme), "level": level, "levels": list(AREA_LEVELS), "themes": themes,
            "within": within and ref("Area", within), "choices": areas,
            "level_used": any(a["level"] == level and (inside is None or a["id"] in inside) for a in areas),  # none: said
            "areas": [{"area": ref("Area", r["area"]), "parent": r["parent"] and ref("Area", r["parent"]),
                       "groups_there": r["groups_there"], "nearby": [ref("Group", g) for g in r["nearby"]]}
                      for r in rows]}

