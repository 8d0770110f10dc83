"""GET /api/stats: node counts per label and relationship counts per type."""
from __future__ import annotations

from flask import Blueprint, jsonify

from .. import db

bp = Blueprint("stats", __name__)


@bp.get("/api/stats")
def stats():
    row = db.read("stats")[0]
    return jsonify({"nodes": row["nodes"], "relationships": row["relationships"]})
