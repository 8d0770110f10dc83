"""Maps of the network: people, groups and collaborations drawn with pyvis.

Every map (the whole network, an ego network, paths, bridging, candidates) goes through
`build`, so colours, shapes and sizes mean the same everywhere. A node may carry
`highlight` (drawn with a thick border), `size_value` (overrides size by ties) and `hide_label`.

pyvis builds the nodes, edges and vis-network options; the page template (not pyvis's own,
which loads its scripts from other hosts) draws them with the vis-network copy the app serves.
"""
from __future__ import annotations

import json
import math

from pyvis.network import Network

from . import styles

PHYSICS = {
    "enabled": True,
    "solver": "forceAtlas2Based",
    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "avoidOverlap": 0.4},
    "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50, "fit": True},
}

OPTIONS = {
    "autoResize": True,
    "layout": {"randomSeed": 20261122, "improvedLayout": False},
    "physics": PHYSICS,
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                    "keyboard": {"enabled": True, "bindToWindow": False}},
    "nodes": {"font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
              "borderWidth": 1},
    "edges": {"smooth": False, "color": {"inherit": False}},
}


def build(nodes: list[dict], edges: list[dict], lang: str = "ja") -> dict:
    """Rows of cypher/map/network_nodes and network_edges → {"nodes", "edges", "options", "legend"}."""
    words = styles.text(lang)
    net = Network(directed=False)
    for node in sorted(nodes, key=lambda n: n["id"]):
        net.add_node(node["id"], **_node_style(node, words))
    known = {n["id"] for n in nodes}
    for edge in edges:
        if edge["source"] in known and edge["target"] in known:
            net.add_edge(edge["source"], edge["target"], **_edge_style(edge, words))
    net.set_options(json.dumps(OPTIONS))
    data_nodes, data_edges, _heading, _height, _width, options = net.get_network_data()
    return {"nodes": data_nodes, "edges": data_edges, "options": json.loads(options),
            "legend": styles.legend(lang)}


def _node_style(node: dict, words: dict) -> dict:
    kind = "Intermediary" if node.get("intermediary") else node["type"]
    if node["type"] == "Person":
        color = styles.PERSON_COLOR
    elif node["type"] == "Collaboration":
        color = styles.COLLABORATION_COLOR
    else:
        color = styles.SECTOR_COLORS.get(node.get("sector"), styles.UNKNOWN_COLOR)
    name = node.get("name") or words["anonymous"]
    degree = node.get("degree") or 0
    base = 8 if node["type"] == "Person" else 16
    size = node.get("size_value")
    size = round(base + 4 * math.sqrt(degree), 1) if size is None else size
    lines = [name, words["type"][kind]]
    if node.get("sector"):
        lines.append(words["sector"].get(node["sector"], node["sector"]))
    lines.append(f'{words["ties"]}: {degree}')
    lines.extend(node.get("extra_lines", []))
    style = {
        "label": " " if node.get("hide_label") else name,  # pyvis replaces an empty label by the id
        "title": "\n".join(lines),
        "color": color,
        "shape": styles.SHAPES[kind],
        "size": size,
        "type": node["type"],
        "sector": node.get("sector"),
        "kind": node.get("kind"),
        "name": name,
    }
    if node.get("highlight"):
        style.update(borderWidth=5, color={"background": color, "border": styles.HIGHLIGHT_COLOR})
    return style


def _edge_style(edge: dict, words: dict) -> dict:
    key = f'RELATION:{edge.get("kind")}' if edge["type"] == "RELATION" else edge["type"]
    style = dict(styles.EDGE_STYLES.get(key, {}))
    style["title"] = words["edge"].get(key, edge["type"])
    if edge["type"] == "KNOWS" and edge.get("strength"):
        style["width"] = edge["strength"]
    style["type"] = key
    if edge.get("highlight"):
        style.update(color=styles.HIGHLIGHT_COLOR, width=5)
    if edge.get("weight"):
        style["width"] = min(1 + math.log2(edge["weight"]), 8)
        style["title"] = f'{style["title"]} ×{edge["weight"]}'
    return style
