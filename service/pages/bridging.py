"""GET /bridging (and /api/bridging): 地域の顔役 — the people who join groups and sectors that
would otherwise stay apart (service/analysis/brokerage.py), of the whole ward or among the
groups of an area or a theme, sorted by the score or by one of its parts, each with why in one
sentence and the parts of the score with their weights."""
from __future__ import annotations

from flask import Blueprint

from .. import choices, params, questions, wording
from ..analysis.brokerage import EVIDENCE, PAIRS, SORTS, WEIGHTS
from ..db import graph
from ..lang import N_
from ..menu import Menu
from ..template import SECTORS
from .twin import Table, register

bp = Blueprint("bridging", __name__)
MENU = Menu(N_("地域の顔役"), "bridging.bridging", 35)


def _rows(data: dict) -> list[dict]:
    """Each person as the page shows them: the score's two parts in points, then the pairs."""
    return [{"rank": item["rank"], "label": item["label"], "score": item["score"],
             "between": item["points"]["between"], "sectors": item["points"]["sectors"], "liaison": item["parts"]["liaison"],
             "representative": item["parts"]["representative"], "first_pair": item["parts"]["first_pair"],
             "why": item["why_text"]} for item in data["items"]]


def _with_words(data: dict) -> dict:
    return {**data, "items": wording.with_why(data["items"]), "lengths": wording.step_lengths()}


@register(bp, "/bridging", "/api/bridging", "bridging.html", {"people": Table(N_("地域の顔役"), (
    ("rank", N_("順位")), ("label", N_("名前")), ("score", N_("顔役スコア")), ("between", N_("団体のあいだ")),
    ("sectors", N_("分野をつなぐ")), ("liaison", N_("橋渡し(他の分野どうし)")), ("representative", N_("代表(自分の分野と他の分野)")),
    ("first_pair", N_("地縁と区民活動")), ("why", N_("理由"))), _rows)}, named=_with_words, by_version=True)
def bridging() -> dict:
    area = params.existing("area", params.value("area"), ("Area",))
    theme = params.existing("theme", params.value("theme"), ("Theme",))
    sort = params.choice("sort", SORTS) or "score"
    answer = questions.bridging_people(graph(), params.view(), params.limit(default=20, maximum=500), area,
                                       params.choice("sector", SECTORS), theme, sort,
                                       params.choice("pair", PAIRS), params.evidence())
    answer.update(area=area, theme=theme, sector=params.value("sector"), sorts=list(SORTS),
                  pairs=list(PAIRS), kinds=list(EVIDENCE), sectors=list(SECTORS),
                  areas=choices.areas(graph()), themes=choices.themes(graph()), weights=WEIGHTS)
    return answer
