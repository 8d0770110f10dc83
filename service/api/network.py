"""GET /api/network: the JSON twin of the network map on the home page (same nodes and edges)."""
from __future__ import annotations

from flask import Blueprint, jsonify

from .. import lang
from ..maps import build

bp = Blueprint("network_api", __name__)


@bp.get("/api/network")
def network():
    data = build.build("whole", lang.current())
    return jsonify({key: data[key] for key in ("nodes", "edges", "legend", "as_of", "min_confidence")})
