"""GET /api/stats: node counts per label and relationship counts per type; with ?as_of=
the relationships that held on that day (nodes carry no dates)."""
from __future__ import annotations

from flask import Blueprint, jsonify

from .. import db, params

bp = Blueprint("stats", __name__)


@bp.get("/api/stats")
def stats():
    row = db.read("stats")[0]
    day = params.day("as_of")
    if day is None:
        return jsonify({"nodes": row["nodes"], "relationships": row["relationships"]})
    then = {r["type"]: r["ties"] for r in db.read("stats_as_of", day=day)}
    return jsonify({"nodes": row["nodes"], "as_of": day,
                    "relationships": {name: then.get(name, 0) for name in row["relationships"]}})
