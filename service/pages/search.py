"""GET /search?q= (and /api/search?q=): people, groups, collaborations, events and
capabilities whose name or kana matches, grouped by type. `type=` narrows to one type."""
from __future__ import annotations

from flask import Blueprint, request

from .. import params, search
from ..db import graph
from ..errors import ApiError
from .twin import Table, register
from ..lang import N_
from ..menu import Menu

bp = Blueprint("search", __name__)
MENU = Menu(N_("検索"), "search.results", 20)
MAX_QUERY = 100


def _rows(data: dict) -> list[dict]:
    return [{"type": type_, "id": item["id"], "name": item["name"], "kana": item.get("kana")}
            for type_, found in data["results"].items() for item in found["items"]]


@register(bp, "/search", "/api/search", "search.html",
          {"results": Table(N_("検索結果"), (("type", N_("種類")), ("id", "ID"), ("name", N_("名前")), ("kana", N_("よみ"))), _rows)}, by_version=True)
def results() -> dict:
    query = request.args.get("q", "")
    if len(query) > MAX_QUERY:
        raise ApiError(400, "bad_parameter", "検索語は %(MAX_QUERY)s 文字までです。", MAX_QUERY=MAX_QUERY, parameter="q")
    chosen = params.choice("type", search.TYPES)
    limit = params.limit(default=20, maximum=200)
    return {**search.find(graph(), query, (chosen,) if chosen else search.TYPES, limit),
            "people_hidden": not graph().reader.named}  # a viewer: people are not found by name
