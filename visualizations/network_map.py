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
import random
import threading

import igraph

from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from . import styles

# Positions are computed here (Fruchterman–Reingold in igraph, from a fixed start), so the
# browser draws a still map at once, the same on every reload, even with thousands of nodes.
PHYSICS = {"enabled": False}
LAYOUT_SEED = 20261122
_LAYOUT_LOCK = threading.Lock()

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


def build(nodes: list[dict], edges: list[dict], words: dict, positions: dict | None = None) -> dict:
    """Rows of cypher/map/network_nodes and network_edges → {"nodes", "edges", "options", "legend"},
    labelled in `words` (service/maps/words.py); placed at `positions` (id → x, y: see `layout`)
    when they hold every node, else laid out here."""
    net = Network(directed=False)
    # pyvis's Node and Edge objects, appended directly: Network.add_node/add_edge scan every
    # node and edge already added (quadratic), too slow for thousands; ids are unique here.
    for node in sorted(nodes, key=lambda n: n["id"]):
        style = _node_style(node, words)
        net.nodes.append(Node(node["id"], style.pop("shape"), style.pop("label"), **style).options)
        net.node_ids.append(node["id"])
    known = set(net.node_ids)
    for edge in edges:
        if edge["source"] in known and edge["target"] in known:
            net.edges.append(Edge(edge["source"], edge["target"], **_edge_style(edge, words)).options)
    if positions and all(n["id"] in positions for n in net.nodes):
        for node in net.nodes:
            node["x"], node["y"] = positions[node["id"]]
    else:
        _place(net.nodes, net.edges)
    net.set_options(json.dumps(OPTIONS))
    data_nodes, data_edges, _heading, _height, _width, options = net.get_network_data()
    return {"nodes": data_nodes, "edges": data_edges, "options": json.loads(options),
            "legend": styles.legend(words, shown(data_nodes, data_edges))}


def shown(nodes: list[dict], edges: list[dict]) -> dict[str, set]:
    """What a built map uses — node types, sectors, kinds of ties, marks — for its legend."""
    kinds = {shape: kind for kind, shape in styles.SHAPES.items()}
    found: dict[str, set] = {"types": set(), "sectors": set(), "edges": set(), "marks": set()}
    for node in nodes:
        found["types"].add(kinds.get(node.get("shape")))
        found["sectors"].add(node.get("sector"))
        found["marks"].update(k for k in ("highlight", "candidate") if node.get(k))
    for edge in edges:
        found["edges"].add(edge.get("type"))
        if edge.get("route"):
            found["marks"].add("route")
        if edge.get("age"):  # new or fading
            found["marks"].add(edge["age"])
    return found


def layout(nodes: list[dict], edges: list[dict]) -> dict[str, tuple[float, float]]:
    """Positions by id of map nodes and ties (`source`, `target`), as `build` would place them:
    a map of another day is drawn at the positions of today's, so that nobody moves."""
    placed = [{"id": n["id"]} for n in sorted(nodes, key=lambda n: n["id"])]
    known = {n["id"] for n in placed}
    _place(placed, [{"from": e["source"], "to": e["target"]} for e in edges
                    if e["source"] in known and e["target"] in known])
    return {n["id"]: (n["x"], n["y"]) for n in placed}


def _place(nodes: list[dict], edges: list[dict]) -> None:
    """Set x, y on every node: a seeded force-directed layout scaled to screen pixels."""
    count = len(nodes)
    if count == 0:
        return
    index = {n["id"]: i for i, n in enumerate(nodes)}
    graph = igraph.Graph(n=count, edges=[(index[e["from"]], index[e["to"]]) for e in edges])
    start = [[math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count)] for i in range(count)]
    with _LAYOUT_LOCK:  # igraph's layout draws from its process-wide random generator
        igraph.set_random_number_generator(random.Random(LAYOUT_SEED))
        try:
            layout = graph.layout_fruchterman_reingold(seed=start, niter=300 if count < 2000 else 150)
        finally:
            igraph.set_random_number_generator(random)
    xs, ys = zip(*layout.coords) if count > 1 else ((0.0,), (0.0,))
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    room = 90 if count >= 50 else 150  # a small map's nodes are drawn bigger: more room between them
    scale = room * math.sqrt(count) / span  # fit() then zooms out
    for node, (x, y) in zip(nodes, layout.coords):
        node["x"], node["y"] = round(x * scale, 1), round(y * scale, 1)


def _node_style(node: dict, words: dict) -> dict:
    kind = "Intermediary" if node.get("intermediary") else node["type"]
    if node["type"] == "Person":
        color = styles.PERSON_COLOR
    elif node["type"] == "Collaboration":
        color = styles.COLLABORATION_COLOR
    else:
        color = styles.SECTOR_COLORS.get(node.get("sector"), styles.UNKNOWN_COLOR)
    if node.get("community_rank"):  # coloured by cluster instead: the map's largest first
        color = styles.community_color(node["community_rank"])
    name = node.get("name") or words["anonymous"]
    degree = node.get("degree") or 0
    base = 8 if node["type"] == "Person" else 16
    size = node.get("size_value")
    size = round(base + 4 * math.sqrt(degree), 1) if size is None else size
    lines = [name, words["type"][kind]]
    if node.get("sector"):
        lines.append(words["sector"].get(node["sector"], node["sector"]))
    lines.append(f'{words["ties"]}: {degree}')
    lines.extend(f'{words[key]}: {node[key]:g}' for key in ("bridging_score", "candidate_points")
                 if node.get(key) is not None)
    style = {
        "label": "" if node.get("hide_label") else name,
        "title": "\n".join(lines),
        "color": color,
        "shape": styles.SHAPES[kind],
        "size": size,
        "type": node["type"],
        "sector": node.get("sector"),
        "kind": node.get("kind"),
        "name": name,
        "anonymous": node["type"] == "Person" and not node.get("name"),
        "highlight": bool(node.get("highlight")),
        "level": _level(node),
        "search": node.get("search"),
        "community": node.get("community"),
    }
    if node.get("highlight"):
        style.update(borderWidth=5, color={"background": color, "border": styles.HIGHLIGHT_COLOR})
    if node.get("candidate"):
        style.update(borderWidth=4, shapeProperties={"borderDashes": [6, 4]}, candidate=node["candidate"],
                     color={"background": color, "border": styles.CANDIDATE_COLOR})
        style["label"] = f'{node["candidate"]}. {name}'
        style["title"] = f'{words["candidate"]} {node["candidate"]}\n' + style["title"]
    return style


def _level(node: dict) -> int:
    """When the browser writes the node's name: 0 at every zoom (groups, marked nodes), 1 once
    zoomed in far enough to read people's names, 2 never (a person shown without a name)."""
    if node["type"] == "Person" and not node.get("name"):
        return 2
    if node.get("highlight") or node.get("candidate") or (node["type"] != "Person" and not node.get("hide_label")):
        return 0
    return 1


def _edge_style(edge: dict, words: dict) -> dict:
    key = f'RELATION:{edge.get("kind")}' if edge["type"] == "RELATION" else edge["type"]
    style = dict(styles.EDGE_STYLES.get(key, {}))
    style["title"] = words["edge"].get(key, edge["type"])
    if edge["type"] == "KNOWS" and edge.get("strength"):
        style["width"] = edge["strength"]
    style["type"] = key
    if edge.get("age") == "new":
        style.update(color=styles.NEW_TIE_COLOR, width=max(style.get("width", 1), 3))
        style["title"] += words["new_tie"]
    elif edge.get("age") == "fading":
        style.update(color=styles.FADING_TIE_COLOR, dashes=[1, 5])  # dotted: 所属 is dashed
        style["title"] += words["fading_tie"]
    style["age"] = edge.get("age")
    if edge.get("highlight"):
        style.update(color=styles.HIGHLIGHT_COLOR, width=5, route=True)
    if edge.get("weight"):
        style["width"] = min(1 + math.log2(edge["weight"]), 8)
        style["title"] = f'{style["title"]} ×{edge["weight"]}'
    return style
