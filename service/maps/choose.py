"""Which nodes each kind of map shows, from the request's parameters: one function per kind
(declared in kinds.py), each returning a `Chosen` — vertices of the projection by index, the
ties and nodes to mark, and what the title names. Nothing here names anyone: build.py names
the chosen nodes at the reader's level."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from flask import current_app

from .. import clock, params, questions
from ..errors import ApiError
from ..analysis import paths as path_analysis
from ..analysis.projection import Projection
from ..lang import N_
from ..template import KINDS_OF_GROUP, SECTORS
from . import select


@dataclass
class Chosen:
    vertices: list[int] = field(default_factory=list)
    highlight: frozenset = frozenset()  # (a, b) vertex pairs of the ties to draw as a route
    extra: dict = field(default_factory=dict)  # vertex → what build.py's style adds
    subjects: list[int] = field(default_factory=list)  # the vertices the title names
    folded: bool = False  # groups only: people folded into their groups
    filters: dict = field(default_factory=dict)  # the filters in force, by parameter name
    ready: tuple | None = None  # (nodes, edges) already chosen (the whole network)
    note: str | None = None  # what the map should say about itself (a catalogue message)


class Ask:
    """What a map is asked about: the graph handle, the reader's view (as of, how sure) and
    the target in the path (/maps/ego/<target>); the projection is made when first needed."""

    def __init__(self, handle, view, target: str | None = None):
        self.handle, self.view, self.target = handle, view, target

    @cached_property
    def projection(self) -> Projection:
        return self.view.projection(self.handle)


def max_nodes() -> int:
    """TSUNAGU_MAP_MAX_NODES: above it, a map folds people into their groups (build.py)."""
    return current_app.config["MAP_MAX_NODES"]


def filters() -> dict:
    """Area and theme (by id or name), sector and kind of group: the filters of a network."""
    return {"area": params.place("area", "Area"), "theme": params.place("theme", "Theme"),
            "sector": params.choice("sector", SECTORS), "kind": params.choice("kind", KINDS_OF_GROUP)}


def network(ask: Ask) -> Chosen:
    chosen = filters()
    areas = {r["id"] for r in ask.handle.read("map/sub_areas", area=chosen["area"])} if chosen["area"] else None
    vertices = select.network(ask.projection, areas, chosen["sector"], chosen["theme"], chosen["kind"])
    return Chosen(vertices, filters=chosen)


def groups(ask: Ask) -> Chosen:
    found = network(ask)
    found.folded = True
    return found


def ego(ask: Ask) -> Chosen:
    params.existing("id", ask.target, ("Person", "Group"))
    vertex = ask.projection.index[ask.target]
    depth = params.integer("depth", 1, 1, 2)
    return Chosen(select.ego(ask.projection, vertex, depth), extra={vertex: {"highlight": True}},
                  subjects=[vertex], filters={"depth": depth if depth > 1 else None})


def path(ask: Ask) -> Chosen:
    projection = ask.projection
    from_id = params.existing("from", params.required("from"), ("Person", "Group"))
    to_id = params.existing("to", params.required("to"), ("Person", "Group"))
    ends = [projection.index[from_id], projection.index[to_id]]
    routes = path_analysis.shortest_vertices(projection, from_id, to_id, params.integer("k", 3, 1, 10), 8)
    vertices, highlight = select.around_paths(projection, routes or [[v] for v in ends])
    return Chosen(vertices, frozenset(highlight), {v: {"highlight": True} for v in ends}, subjects=ends,
                  note=None if routes else N_("この二人(団体)をつなぐルートは、この時点のネットワークにはありません。"))


def bridging(ask: Ask) -> Chosen:
    projection = ask.projection
    area, theme = params.place("area", "Area"), params.place("theme", "Theme")
    sector = params.choice("sector", SECTORS)
    rows, _ = questions.bridging_rows(ask.handle, ask.view, params.limit(default=150, maximum=1000), area,
                                      sector, theme)
    rows = [r for r in rows if r["id"] in projection.index]
    top = {r["id"] for r in rows[:10]}
    people = [projection.index[r["id"]] for r in rows]
    vertices = set(people)
    for v in people:
        vertices.update(u for u in projection.graph.neighbors(v) if projection.nodes[u]["type"] == "Group")
    extra = {projection.index[r["id"]]: {"size_value": 8 + r["score"] / 2.5, "highlight": r["id"] in top,
                                         "hide_label": r["id"] not in top, "rank": r["rank"],
                                         "bridging_score": r["score"]} for r in rows}
    return Chosen(sorted(vertices), extra=extra, filters={"area": area, "theme": theme, "sector": sector})


def candidates(ask: Ask) -> Chosen:
    projection = ask.projection
    params.existing("group", ask.target, ("Group",))
    need = params.existing("need", params.value("need"), ("Capability",))
    items = questions.collaboration_candidates(ask.handle, ask.view, ask.target, need,
                                               params.limit(default=10))["items"]
    routes = [[projection.index[n["ref"]] for n in i["introduction"]["nodes"]] for i in items if i["introduction"]]
    group = projection.index[ask.target]
    vertices, highlight = select.around_paths(projection, routes + [[group]])
    extra = {group: {"highlight": True}}
    for position, item in enumerate(items, 1):
        extra[projection.index[item["group"]["ref"]]] = {"candidate": position, "candidate_points": item["score"]}
    return Chosen(sorted(set(vertices) | set(extra)), frozenset(highlight), extra, subjects=[group],
                  filters={"need": need})


def whole(ask: Ask) -> Chosen:
    """People, groups and collaborations (read with Cypher: collaborations are not in the
    projection), every tie drawn new or fading as on the other maps. A network above
    TSUNAGU_MAP_MAX_NODES is drawn as the map of people and groups is, people folded into
    their groups (collaborations left out, and the map says so): every node and tie of a
    ward (380,000 ties) would take minutes to lay out and no screen could show it."""
    handle, view = ask.handle, ask.view
    everyone = ask.projection.people_and_groups
    if len(everyone) > max_nodes():
        return Chosen(everyone, note=N_("協働は、人を団体にまとめたこの地図には入りません。地域や分野で絞った「人と団体」の地図なら、一人ひとりまで見られます。"))
    edges = handle.read("map/network_edges", day=view.as_of, min_confidence=view.min_confidence or 0.0,
                        fade_days=handle.fade_days)
    reference = date.fromisoformat(view.as_of) if view.as_of else clock.today()
    for edge in edges:
        edge["age"] = select.tie_age(edge.get("since"), edge.get("confirmed"), reference, handle.fade_days)
    nodes = handle.read("map/network_nodes")
    if not view.today:  # another day: who had no tie yet then (but has now) was not there
        tied = {e["source"] for e in edges} | {e["target"] for e in edges}
        nodes = [n for n in nodes if n["id"] in tied or not n["degree"]]
    return Chosen(ready=(nodes, edges))


def department(ask: Ask) -> Chosen:
    """A department, what it supports, those collaborations' partners and the other
    departments that support the same (read with Cypher: supports are not in the projection)."""
    if not ask.handle.read("departments/is_department", id=ask.target):
        raise ApiError(404, "not_found", "その部署は見つかりません。", parameter="id")
    nodes = ask.handle.read("map/department_nodes", department=ask.target)
    edges = ask.handle.read("map/ties_among", ids=[n["id"] for n in nodes])
    for node in nodes:
        node["highlight"] = node["id"] == ask.target
    subjects = [ask.projection.index[ask.target]] if ask.target in ask.projection.index else []
    return Chosen(ready=(nodes, edges), subjects=subjects)
