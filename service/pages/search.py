"""GET /search?q= (and /api/search?q=): people, groups, collaborations, events and
capabilities whose name or kana matches, grouped by type. `type=` narrows to one type."""
from __future__ import annotations

from flask import Blueprint, request

from .. import params, search
from ..db import graph
from ..errors import ApiError
from .twin import Table, register

bp = Blueprint("search", __name__)
MAX_QUERY = 100


def _rows(data: dict) -> list[dict]:
    return [{"type": type_, "id": item["id"], "name": item["name"], "kana": item.get("kana")}
            for type_, found in data["results"].items() for item in found["items"]]


@register(bp, "/search", "/api/search", "search.html",
          {"results": Table("検索結果", (("type", "種類"), ("id", "ID"), ("name", "名前"), ("kana", "よみ")), _rows)})
def results() -> dict:
    query = request.args.get("q", "")
    if len(query) > MAX_QUERY:
        raise ApiError(400, "bad_parameter", f"検索語は {MAX_QUERY} 文字までです。",
                       f"The search text may be at most {MAX_QUERY} characters.", parameter="q")
    chosen = params.choice("type", search.TYPES)
    limit = params.limit(default=20, maximum=200)
    return search.find(graph(), query, (chosen,) if chosen else search.TYPES, limit)
