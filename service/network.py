"""The whole network as map data (shared by the map page and its JSON twin), as of a day and
at least as sure as asked, each tie drawn new or fading as on the other maps."""
from __future__ import annotations

from datetime import date

from flask import current_app

from visualizations import network_map

from . import db, maps, params, privacy


def network_map_data(lang: str) -> dict:
    day, min_confidence = params.day("as_of"), params.fraction("min_confidence") or None
    fade_days = current_app.config.get("FADE_DAYS", 730)
    edges = db.read("map/network_edges", day=day, min_confidence=min_confidence or 0.0, fade_days=fade_days)
    reference = date.fromisoformat(day) if day else date.today()
    for edge in edges:
        edge["age"] = maps.tie_age(edge, reference, fade_days)
    data = network_map.build(db.read("map/network_nodes", named=list(privacy.named())), edges, lang)
    data.update(as_of=day, min_confidence=min_confidence)
    return data
