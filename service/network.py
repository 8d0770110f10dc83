"""The whole network as map data (shared by the map page and its JSON twin), as of a day and
at least as sure as asked, each tie drawn new or fading as on the other maps; named for the
reader (service/privacy.name_graph) just before it is drawn."""
from __future__ import annotations

from datetime import date

from visualizations import network_map

from . import maps, params
from .db import graph
from .map_words import words
from .privacy import name_graph


def network_map_data(lang: str) -> dict:
    handle, view = graph(), params.view()
    edges = handle.read("map/network_edges", day=view.as_of, min_confidence=view.min_confidence or 0.0,
                        fade_days=handle.fade_days)
    reference = date.fromisoformat(view.as_of) if view.as_of else date.today()
    for edge in edges:
        edge["age"] = maps.tie_age(edge, reference, handle.fade_days)
    nodes, edges = name_graph(handle, handle.read("map/network_nodes"), edges)
    data = network_map.build(nodes, edges, words(lang))
    data.update(as_of=view.as_of, min_confidence=view.min_confidence)
    return data
