"""GET /api/stats: node counts per label and relationship counts per type; with ?as_of=
the relationships that held on that day (nodes carry no dates), with ?min_confidence= only
the ties at least that sure (service/analysis/projection.confidence)."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, current_app, jsonify

from .. import db, params

bp = Blueprint("stats", __name__)


@bp.get("/api/stats")
def stats():
    row = db.read("stats")[0]
    day, min_confidence = params.day("as_of"), params.fraction("min_confidence") or None
    if day is None and min_confidence is None:
        return jsonify({"nodes": row["nodes"], "relationships": row["relationships"]})
    then = {r["type"]: r["ties"] for r in db.read("stats_as_of", day=day or date.today().isoformat(),
                                                  min_confidence=min_confidence or 0.0,
                                                  fade_days=current_app.config.get("FADE_DAYS", 730))}
    return jsonify({"nodes": row["nodes"], "as_of": day, "min_confidence": min_confidence,
                    "relationships": {name: then.get(name, 0) for name in row["relationships"]}})
