"""GET /api/changes?from=&to=: what appeared and disappeared in the network between two dates."""
from __future__ import annotations

from flask import Blueprint, jsonify

from .. import changes, params
from ..db import graph
from ..errors import ApiError
from ..privacy import present

bp = Blueprint("changes", __name__)


@bp.get("/api/changes")
def between():
    start, end = params.day("from"), params.day("to")
    if start is None or end is None:
        raise ApiError(400, "missing_parameter", "from と to を 2025-04-01 の形で指定してください。",
                       parameter="from" if start is None else "to")
    if start > end:
        raise ApiError(400, "bad_parameter", "from は to より前の日付にしてください。", parameter="from")
    return jsonify(present(graph(), changes.between(graph(), start, end)))
