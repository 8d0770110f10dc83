"""GET /api/stats: node counts per label and relationship counts per type (the labels and
types of the network, as service/template.py declares them); with ?as_of= the relationships
that held on that day (nodes carry no dates), with ?min_confidence= only the ties at least
that sure (service/analysis/projection.confidence)."""
from __future__ import annotations


from flask import Blueprint, jsonify

from .. import clock, params
from ..db import graph
from ..template import FADING_TYPES, NETWORK_LABELS, NETWORK_TYPES

bp = Blueprint("stats", __name__)


def counts(handle) -> dict:
    """{"nodes": {label: n}, "relationships": {type: n}} for every label and type of the network."""
    row = handle.read_one("stats", labels=list(NETWORK_LABELS), types=list(NETWORK_TYPES))
    nodes = {entry["label"]: entry["count"] for entry in row["nodes"]}
    ties = {entry["type"]: entry["count"] for entry in row["relationships"]}
    return {"nodes": {label: nodes.get(label, 0) for label in NETWORK_LABELS},
            "relationships": {kind: ties.get(kind, 0) for kind in NETWORK_TYPES}}


@bp.get("/api/stats")
def stats():
    now = counts(graph())
    view = params.view()
    if view.today:
        return jsonify(now)
    then = {r["type"]: r["ties"] for r in graph().read(
        "stats_as_of", day=view.as_of or clock.today().isoformat(), min_confidence=view.min_confidence or 0.0,
        fade_days=graph().fade_days, types=list(NETWORK_TYPES), fading=list(FADING_TYPES))}
    return jsonify({"nodes": now["nodes"], "as_of": view.as_of, "min_confidence": view.min_confidence,
                    "relationships": {name: then.get(name, 0) for name in now["relationships"]}})
