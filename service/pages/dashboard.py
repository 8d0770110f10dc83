"""GET / (and /api/summary): the dashboard — headline figures, the top bridging people,
the newest collaborations and links to every map."""
from __future__ import annotations

from flask import Blueprint

from .. import questions
from ..db import graph
from .twin import Table, register

bp = Blueprint("dashboard", __name__)
TOP_BRIDGING = 5

BRIDGING_TABLE = Table("地域の顔役", (("rank", "順位"), ("label", "名前"), ("score", "顔役スコア"),
                        ("sectors", "つなぐセクター")),
                       lambda data: [{**p, "sectors": p["bridges"]["sectors"]} for p in data["top_bridging"]])


@register(bp, "/", "/api/summary", "dashboard.html", {"bridging": BRIDGING_TABLE})
def summary() -> dict:
    figures = graph().read("pages/summary")[0]
    figures["groups"] = sum(s["groups"] for s in figures["groups_by_sector"])
    figures["isolated_groups"] = len(questions.isolated_groups(graph(), questions.TODAY))
    figures["top_bridging"] = questions.bridging_people(graph(), questions.TODAY, TOP_BRIDGING)["items"]
    figures["maps"] = [{"name": name, "url": url} for name, url in (
        ("ネットワーク全体", "/maps/whole"), ("団体と人のネットワーク", "/maps/network"),
        ("地域の顔役", "/maps/bridging"))]
    return figures
