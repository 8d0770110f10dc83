"""GET / (and /api/summary): the dashboard — headline figures, the top bridging people,
the newest collaborations and links to every map."""
from __future__ import annotations

from flask import Blueprint

from .. import questions, wording
from ..db import graph
from .twin import Table, register
from ..lang import N_
from ..menu import Menu

bp = Blueprint("dashboard", __name__)
MENU = Menu(N_("ホーム"), "dashboard.summary", 10)
TOP_BRIDGING = 5

BRIDGING_TABLE = Table(N_("地域の顔役"), (("rank", N_("順位")), ("label", N_("名前")), ("score", N_("顔役スコア")),
                        ("why_text", N_("理由"))), lambda data: data["top_bridging"])


def _with_words(data: dict) -> dict:
    """The top people with why in words; the places they belong to and cut off are on /bridging."""
    return {**data, "top_bridging": [{k: v for k, v in item.items() if k not in ("groups", "cut_off")}
                                     for item in wording.with_why(data["top_bridging"])]}


@register(bp, "/", "/api/summary", "dashboard.html", {"bridging": BRIDGING_TABLE}, named=_with_words,
          by_version=True)
def summary() -> dict:
    figures = graph().read("pages/summary")[0]
    figures["groups"] = sum(s["groups"] for s in figures["groups_by_sector"])
    figures["isolated_groups"] = len(questions.isolated_groups(graph(), questions.TODAY))
    figures["top_bridging"] = questions.bridging_people(graph(), questions.TODAY, TOP_BRIDGING)["items"]
    figures["maps"] = [{"name": name, "url": url} for name, url in (
        (N_("ネットワーク全体"), "/maps/whole"), (N_("団体と人のネットワーク"), "/maps/network"),
        (N_("地域の顔役"), "/maps/bridging"))]
    return figures
