"""A map's graph as a file for other tools: GraphML and GEXF (Gephi, networkx, yEd), with the
nodes and ties the reader sees — the same names, anonymous people under their opaque ids —
and the map's positions, colours and sizes."""
from __future__ import annotations

from xml.etree import ElementTree as ET

FORMATS = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml"}
NODE_FIELDS = (("label", "string"), ("type", "string"), ("sector", "string"), ("kind", "string"),
               ("size", "double"), ("x", "double"), ("y", "double"), ("color", "string"))
EDGE_FIELDS = (("type", "string"), ("age", "string"), ("width", "double"))


def render(data: dict, fmt: str) -> bytes:
    """`data` (build.build) as GraphML or GEXF."""
    tree = _graphml(data) if fmt == "graphml" else _gexf(data)
    ET.indent(tree)
    return ET.tostring(tree, encoding="utf-8", xml_declaration=True)


def _value(item: dict, key: str):
    if key == "label":
        return item.get("name") or item.get("label")
    if key == "color":
        color = item.get("color")
        return color.get("background") if isinstance(color, dict) else color
    return item.get(key)


def _graphml(data: dict) -> ET.Element:
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for scope, fields in (("node", NODE_FIELDS), ("edge", EDGE_FIELDS)):
        for key, kind in fields:
            ET.SubElement(root, "key", {"id": f"{scope}_{key}", "for": scope, "attr.name": key, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id=data["map"], edgedefault="undirected")
    for node in data["nodes"]:
        element = ET.SubElement(graph, "node", id=str(node["id"]))
        _graphml_data(element, "node", NODE_FIELDS, node)
    for index, edge in enumerate(data["edges"]):
        element = ET.SubElement(graph, "edge", id=f"e{index}", source=str(edge["from"]), target=str(edge["to"]))
        _graphml_data(element, "edge", EDGE_FIELDS, edge)
    return root


def _graphml_data(element: ET.Element, scope: str, fields, item: dict) -> None:
    for key, _kind in fields:
        value = _value(item, key)
        if value is not None:
            ET.SubElement(element, "data", key=f"{scope}_{key}").text = str(value)


def _gexf(data: dict) -> ET.Element:
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "xmlns:viz": "http://gexf.net/1.3/viz",
                               "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "Tsunagu"
    ET.SubElement(meta, "description").text = " — ".join(p for p in (data.get("title"), data.get("subtitle")) if p)
    graph = ET.SubElement(root, "graph", defaultedgetype="undirected", mode="static")
    for scope, fields in (("node", NODE_FIELDS[1:4]), ("edge", EDGE_FIELDS[:2])):
        attributes = ET.SubElement(graph, "attributes", {"class": scope})
        for key, kind in fields:
            ET.SubElement(attributes, "attribute", id=key, title=key, type=kind)
    nodes = ET.SubElement(graph, "nodes")
    for node in data["nodes"]:
        element = ET.SubElement(nodes, "node", id=str(node["id"]), label=str(_value(node, "label") or ""))
        _gexf_values(element, NODE_FIELDS[1:4], node)
        color = _value(node, "color") or "#888888"
        ET.SubElement(element, "viz:color", r=str(int(color[1:3], 16)), g=str(int(color[3:5], 16)),
                      b=str(int(color[5:7], 16)))
        ET.SubElement(element, "viz:size", value=str(node.get("size") or 10))
        if node.get("x") is not None:
            ET.SubElement(element, "viz:position", x=str(node["x"]), y=str(-node["y"]), z="0")
    edges = ET.SubElement(graph, "edges")
    for index, edge in enumerate(data["edges"]):
        element = ET.SubElement(edges, "edge", id=f"e{index}", source=str(edge["from"]), target=str(edge["to"]),
                                weight=str(edge.get("width") or 1))
        _gexf_values(element, EDGE_FIELDS[:2], edge)
    return root


def _gexf_values(element: ET.Element, fields, item: dict) -> None:
    found = [(key, _value(item, key)) for key, _kind in fields if _value(item, key) is not None]
    if found:
        values = ET.SubElement(element, "attvalues")
        for key, value in found:
            ET.SubElement(values, "attvalue", {"for": key, "value": str(value)})
