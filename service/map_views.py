"""The data of every map, from request parameters: shared by the map pages (/maps/...) and
their JSON twins (/api/maps/...) and embeds. Nodes are chosen by id on the projection, then
named for the reader (service/privacy.name_graph) just before they are drawn."""
from __future__ import annotations

from flask import current_app

from visualizations import network_map, styles

from . import maps, params, questions
from .lang import N_, both, text
from .map_words import words
from .analysis import paths as path_analysis
from .db import graph
from .errors import ApiError
from .privacy import name_graph
from .template import KINDS_OF_GROUP, SECTORS

TITLES = {"network": N_("ネットワーク"), "ego": N_("周りのつながり"), "path": N_("紹介ルート"),
          "bridging": N_("地域の顔役"), "candidates": N_("協働の候補")}


def build(name: str, lang: str, target: str | None = None) -> dict:
    """Map data for `name`, named at the reader's level."""
    handle, view = graph(), params.view()
    projection = view.projection(handle)
    highlight, extra = frozenset(), {}
    if name == "network":
        area = params.existing("area", params.value("area"), ("Area",))
        areas = {r["id"] for r in handle.read("map/sub_areas", area=area)} if area else None
        vertices = maps.network(projection, areas, params.choice("sector", SECTORS),
                                params.existing("theme", params.value("theme"), ("Theme",)),
                                params.choice("kind", KINDS_OF_GROUP))
    elif name == "ego":
        params.existing("id", target, ("Person", "Group"))
        depth = params.integer("depth", 1, 1, 2)
        vertices = maps.ego(projection, projection.index[target], depth)
        extra = {projection.index[target]: {"highlight": True}}
    elif name == "path":
        from_id = params.existing("from", params.required("from"), ("Person", "Group"))
        to_id = params.existing("to", params.required("to"), ("Person", "Group"))
        routes = path_analysis.shortest_vertices(projection, from_id, to_id, params.integer("k", 3, 1, 10), 8)
        vertices, highlight = maps.around_paths(projection, routes or [[projection.index[from_id]],
                                                                     [projection.index[to_id]]])
        extra = {projection.index[i]: {"highlight": True} for i in (from_id, to_id)}
    elif name == "bridging":
        area = params.existing("area", params.value("area"), ("Area",))
        rows, _ = questions.bridging_rows(handle, view, params.limit(default=150, maximum=1000), area)
        top = {r["id"] for r in rows[:10]}
        people = [projection.index[r["id"]] for r in rows if r["id"] in projection.index]
        vertices = set(people)
        for v in people:
            vertices.update(u for u in projection.graph.neighbors(v) if projection.nodes[u]["type"] == "Group")
        extra = {projection.index[r["id"]]: {"size_value": 8 + r["score"] / 2.5, "highlight": r["id"] in top,
                                             "hide_label": r["id"] not in top,
                                             "extra_lines": [f"score {r['score']}"]}
                 for r in rows if r["id"] in projection.index}
    elif name == "candidates":
        params.existing("group", target, ("Group",))
        need = params.existing("need", params.value("need"), ("Capability",))
        items = questions.collaboration_candidates(handle, view, target, need, params.limit(default=10))["items"]
        routes = [[projection.index[n["ref"]] for n in i["introduction"]["nodes"]]
                  for i in items if i["introduction"]]
        vertices, highlight = maps.around_paths(projection, routes + [[projection.index[target]]])
        vertices = set(vertices) | {projection.index[i["group"]["ref"]] for i in items}
        extra = {projection.index[target]: {"highlight": True}}
        extra.update({projection.index[i["group"]["ref"]]: {"extra_lines": [f"score {i['score']}"]} for i in items})
    else:
        raise ApiError(404, "not_found", "その地図はありません。")
    return _render(projection, sorted(vertices), highlight, extra, lang, name)


def _render(projection, vertices, highlight, extra, lang, name) -> dict:
    max_nodes = current_app.config.get("MAP_MAX_NODES", 1500)
    aggregated = None
    if len(vertices) > max_nodes:
        nodes, edges, folded = maps.aggregate(projection, vertices)
        aggregated = {"people_folded": folded, "groups": len(nodes), "threshold": max_nodes,
                      **both(N_("%(nodes)s 件は多すぎるため、%(folded)s 人を所属団体にまとめて表示しています。"),
                             nodes=f"{len(vertices):,}", folded=f"{folded:,}")}
    else:
        nodes, edges = maps.subgraph(projection, vertices, highlight, extra, graph().fade_days)
    nodes, edges = name_graph(graph(), nodes, edges)
    data = network_map.build(nodes, edges, words(lang))
    data.update(title=text(TITLES[name], lang), map=name, aggregated=aggregated,
                underlying_nodes=len(vertices), as_of=projection.as_of,
                min_confidence=projection.min_confidence)
    data["legend"] = styles.legend(words(lang))
    return data



