"""GET /bridging/only-links (and /api/bridging/only-links): the people who alone link two
groups — 地域の顔役 in the local sense, answered by Cypher in Neo4j with no global computation
(service/cypher_questions.only_links): among the groups of an area or a theme. Without one,
the page asks for it (at ward scale, one area takes about a second; the ward would take a
minute)."""
from __future__ import annotations

from flask import Blueprint

from .. import choices, cypher_questions, params, wording
from ..db import graph
from ..labels import label
from ..lang import N_
from .twin import Table, register

bp = Blueprint("only_links", __name__)


def _rows(data: dict) -> list[dict]:
    return [{"rank": item["rank"], "label": item["label"], "pairs": item["pairs"], "first_pairs": item["first_pairs"],
             "sector_pairs": [f"{label('sector', p['sectors'][0])}↔{label('sector', p['sectors'][1])} {p['count']}"
                              for p in item["sector_pairs"]],
             "linked": [f"{a['label']} — {b['label']}" for a, b in (pair["groups"] for pair in item["linked"])]}
            for item in data["items"]]


def _with_words(data: dict) -> dict:
    return {**data, "items": wording.with_only_link_why(data["items"])}


@register(bp, "/bridging/only-links", "/api/bridging/only-links", "only_links.html", {"people": Table(
    N_("ひとりだけがつなぐ団体の組"), (
        ("rank", N_("順位")), ("label", N_("名前")), ("pairs", N_("ひとりでつなぐ団体の組")),
        ("first_pairs", N_("うち地縁と区民活動")), ("sector_pairs", N_("分野の組み合わせ")),
        ("linked", N_("団体の組(はじめの10組)"))), _rows)}, named=_with_words, by_version=True)
def only_links() -> dict:
    area = params.place("area", "Area")
    theme = params.place("theme", "Theme")
    answer = (cypher_questions.only_links(graph(), area, theme, None, params.limit(default=20, maximum=200))
              if area or theme else {"items": [], "needs_scope": True})
    answer.update(area=area, theme=theme, areas=choices.areas(graph()), themes=choices.themes(graph()))
    return answer
