"""The whole network as map data (shared by the map page and its JSON twin)."""
from __future__ import annotations

from visualizations import network_map

from . import db, privacy


def network_map_data(lang: str) -> dict:
    return network_map.build(db.read("map/network_nodes", named=list(privacy.named())), db.read("map/network_edges"), lang)
