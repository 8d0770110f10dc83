"""The data of every map, from request parameters: shared by the map workspace (/maps/...),
its JSON twin (/api/maps/...), the exports and embeds. Nodes are chosen by index on the
projection (choose.py), then named for the reader (service/privacy.name_graph) just before
they are drawn; the title names what the map shows, at the same level."""
from __future__ import annotations

from collections import Counter

from visualizations import network_map, styles

from .. import params, projections, questions
from ..db import graph
from ..errors import ApiError
from ..labels import label
from ..lang import N_, both, format_date, text
from ..privacy import ANONYMOUS, UNNAMED, name_graph
from ..questions import TODAY
from ..search import fold
from . import kinds, select
from .choose import Ask, Chosen, max_nodes
from .words import words

# How a map is drawn, and what the map's panel (and an embed's list of conditions) calls it: what
# a node's colour tells (its sector, or its cluster) and what a person's size tells (their ties,
# or their 顔役 score). The first of each is the default.
DRAWING = {"colour": (N_("色分け"), {"sector": N_("分野ごと"), "community": N_("まとまりごと")}),
           "size": (N_("人の大きさ"), {"ties": N_("つながりの数"), "bridging": N_("顔役スコア")})}
COLOURINGS = tuple(DRAWING["colour"][1])
SIZES = tuple(DRAWING["size"][1])
SIZED_BY_SCORE = 5000  # the people of a map sized by score: at most this many of the best
_PREPARED: set = set()  # (a process's caches, graph version, threshold) whose maps of everyone were prepared
SHOWN = ("map", "title", "subtitle", "note", "nodes", "edges", "legend", "aggregated", "as_of", "min_confidence",
         "underlying_nodes", "filters", "target")


def build(name: str, lang: str, target: str | None = None) -> dict:
    """Map data for the kind `name`, named at the reader's level."""
    kind = kinds.of(name)
    if kind is None or bool(kind.target) != bool(target):
        raise ApiError(404, "not_found", "その地図はありません。")
    handle, view = graph(), params.view()
    ask = Ask(handle, view, target)
    chosen = kind.choose(ask)
    now = ask if view.today else Ask(handle, TODAY, target)
    vocabulary = {**words(lang), "anonymous": text(ANONYMOUS if handle.reader.named else UNNAMED, lang)}
    if chosen.ready is not None:
        nodes, edges = chosen.ready
        aggregated, underlying = None, len(nodes)
    else:
        if not view.today:  # who was not there yet is left out, but never whom the map is about
            chosen.vertices = sorted(set(_present(ask.projection, now.projection, chosen.vertices))
                                     | set(chosen.subjects))
        nodes, edges, aggregated = _nodes(handle, ask.projection, chosen)
        underlying = len(chosen.vertices)

    def today_map() -> tuple[list, list]:
        """Today's map of the same kind and filters: it places everyone, so that a map of
        another day (or of the surer ties only) keeps each node where it is today."""
        if view.today:
            return nodes, edges
        today = kind.choose(now)
        return today.ready if today.ready is not None else _nodes(handle, now.projection, today)[:2]

    # Positions by real id (numbers only), kept per graph version, kind and filters: the
    # layout is most of a big map's time, and the same for every reader and every day.
    key = _layout_key(handle.version(), name, target, max_nodes(),
                      params.given(excluding=("as_of", "min_confidence", "colour", "size", "lang", "format", "token")))
    places = handle.caches.answers.get(key, lambda: network_map.layout(*today_map()))
    sized = params.choice("size", SIZES) if any(n["type"] == "Person" for n in nodes) else None  # no people: none to size
    if sized == "bridging":  # people sized by their 顔役 score on this view
        rows, _info = questions.bridging_rows(handle, view, SIZED_BY_SCORE)
        scores = {r["id"]: r["score"] for r in rows}
        nodes = [{**n, "size_value": 6 + scores.get(n["id"], 0) / 2.5} if n["type"] == "Person" else n for n in nodes]
    colour = params.choice("colour", COLOURINGS)
    if colour == "community":  # each node's cluster, by real id, before anyone is named
        membership = questions.network_communities(handle, view)["membership"]
        nodes = [{**node, "community": membership.get(node["id"])} for node in nodes]
        ranks = _local_ranks([node["community"] for node in nodes])
        nodes = [{**node, "community_rank": ranks.get(node["community"])} for node in nodes]
    ids = [node["id"] for node in nodes]
    nodes, edges = name_graph(handle, nodes, edges)
    names = {original: node.get("name") or vocabulary["anonymous"] for original, node in zip(ids, nodes)}
    places = {node["id"]: places[original] for original, node in zip(ids, nodes) if original in places}
    _searchable(handle, nodes)
    data = network_map.build(nodes, edges, vocabulary, places)
    subjects = [names.get(ask.projection.ids[v], vocabulary["anonymous"]) for v in chosen.subjects]
    filters = {k: v for k, v in {**chosen.filters, "colour": colour, "size": sized}.items()
               if v is not None}
    data.update(map=name, target=target, aggregated=aggregated, underlying_nodes=underlying,
                as_of=view.as_of, min_confidence=view.min_confidence, filters=filters,
                title=_title(kind, subjects, lang), subtitle=_subtitle(handle, filters, view, lang),
                note=text(chosen.note, lang) if chosen.note else None)
    if colour == "community":  # the ward's numbers (as the list of clusters), in this map's colours
        grey = len(styles.COMMUNITY_COLORS)  # the rank from which clusters share the last colour
        legend = [{"key": number, "color": styles.community_color(rank),
                   "label": text(N_("まとまり %(number)s"), lang, number=number)}
                  for number, rank in sorted(ranks.items(), key=lambda item: item[1]) if rank < grey]
        if len(ranks) >= grey:
            legend.append({"key": "others", "color": styles.community_color(grey), "label": text(N_("その他のまとまり"), lang)})
        data["legend"]["communities"] = legend
    if name == "bridging" or filters.get("size") == "bridging":
        data["legend"]["size"] = text(N_("大きさ = 顔役スコア"), lang)
    if name == "bridging":  # its thick frames are the top ten, not someone chosen
        for mark in data["legend"]["marks"]:
            if mark["key"] == "highlight":
                mark["label"] = text(N_("顔役スコアの上位10人(太い枠)"), lang)
    return data


def _local_ranks(communities: list) -> dict[int, int]:
    """The clusters drawn, ranked 1, 2, … by how many of the map's nodes each holds (then by the
    ward's number): the colours go to what is on this map, not to the ward's largest clusters,
    which a map of one area may not show at all."""
    counts = Counter(number for number in communities if number)
    ordered = sorted(counts, key=lambda number: (-counts[number], number))
    return {number: rank for rank, number in enumerate(ordered, start=1)}


def empty(name: str, lang: str, target: str | None = None) -> dict:
    """An empty map of the kind `name` (the workspace when its filters name nothing there is)."""
    data = network_map.build([], [], words(lang))
    data.update(map=name, target=target, title=text(kinds.of(name).title, lang), subtitle="", note=None, aggregated=None,
                underlying_nodes=0, as_of=None, min_confidence=None, filters={})
    return data


def _searchable(handle, nodes: list[dict]) -> None:
    """Give each node the reader sees named a folded search key (name and reading), the same
    folding as the site's search: the map's search box finds 「たなか」 and 「ﾀﾅｶ」."""
    named = [n["id"] for n in nodes if n.get("name") and n["type"] in ("Person", "Group")]
    readings = handle.read_columns("map/kana", ids=named) if named else {"ids": [], "kana": []}
    kana = dict(zip(readings["ids"], readings["kana"]))
    for node in nodes:
        if node.get("name"):
            node["search"] = " ".join(fold(part) for part in (node["name"], kana.get(node["id"])) if part)


def _present(projection, today, vertices: list[int]) -> list[int]:
    """The vertices of a map of another day that were there then: who has no tie that day but
    has some today had not yet joined."""
    graph, now = projection.graph, today.graph
    return [v for v in vertices
            if graph.degree(v) or not now.degree(today.index[projection.ids[v]])]


def _nodes(handle, projection, chosen: Chosen) -> tuple[list, list, dict | None]:
    """The chosen vertices as map nodes and ties; folded into groups when asked, or when there
    are more than TSUNAGU_MAP_MAX_NODES. A folding is kept per version, view and vertices: at
    ward scale it weighs 300,000 ties (2 s), the same for every reader; it holds ids, kinds and
    numbers only (named afterwards, on copies)."""
    vertices = sorted(chosen.vertices)
    threshold = max_nodes()
    if chosen.folded or len(vertices) > threshold:
        nodes, edges, folded = _folding(handle, projection, vertices)
        aggregated = {"people_folded": folded, "groups": len(nodes), "threshold": threshold, "asked": chosen.folded}
        if not chosen.folded:
            aggregated.update(both(N_("人と団体が %(nodes)s と多いため、%(folded)s 人を所属団体にまとめて表示しています。"),
                                   nodes=f"{len(vertices):,}", folded=f"{folded:,}"))
        return nodes, edges, aggregated
    nodes, edges = select.subgraph(projection, vertices, chosen.highlight, chosen.extra, handle.fade_days)
    return nodes, edges, None


def _folding(handle, projection, vertices: list[int]) -> tuple[list, list, int]:
    return handle.caches.answers.get(("folded", projection.version, projection.view, tuple(vertices)),
                                     lambda: select.aggregate(projection, vertices))


def _layout_key(version: str, name: str, target: str | None, threshold: int, given: tuple) -> tuple:
    """Positions by real id are kept per graph version, kind, target, threshold and filters."""
    return ("layout", version, name, target, threshold, given)


def prepare(handle) -> None:
    """The maps of everyone that ホーム links to (「ネットワーク全体」, 「人と団体」), folded and
    laid out before anyone asks, when the network is large enough to fold: each process's
    background watch runs this after an import (service/db.py). At ward scale a first visit
    otherwise weighs 380,000 ties and lays out 2,000 groups: 1.8 s. Once per version and
    process: the watch runs every 30 s, and the answers kept may have let these go since."""
    version, threshold = handle.version(), handle.config["MAP_MAX_NODES"]
    if (id(handle.caches), version, threshold) in _PREPARED:
        return
    projection = projections.current(handle)
    everyone = sorted(projection.people_and_groups)
    if len(everyone) > threshold:
        nodes, edges, _folded = _folding(handle, projection, everyone)
        laid_out = {}

        def layout() -> dict:
            if "places" not in laid_out:  # both maps are the same folding: laid out once
                laid_out["places"] = network_map.layout(nodes, edges)
            return laid_out["places"]

        for name in ("whole", "network"):
            handle.caches.answers.get(_layout_key(version, name, None, threshold, ()), layout)
    _PREPARED.add((id(handle.caches), version, threshold))


def _title(kind: kinds.Kind, subjects: list[str], lang: str) -> str:
    joined = (" → " if kind.name == "path" else "、").join(subjects)
    return text(kind.title, lang) + (f": {joined}" if joined else "")


def _subtitle(handle, filters: dict, view, lang: str) -> str:
    """The filters in force, in words: 「光が丘地域 · 地縁 · 2016年12月31日時点」."""
    named = {r["id"]: r["name"] for r in handle.read(
        "map/filter_names", ids=[filters[k] for k in ("area", "theme", "need") if k in filters])}
    parts = []
    for key, value in filters.items():
        if key in ("area", "theme"):
            parts.append(named.get(value, value))
        elif key == "need":
            parts.append(text(N_("求めること: %(need)s"), lang, need=named.get(value, value)))
        elif key in ("sector", "kind"):
            parts.append(label(key, value, lang))
        elif key == "depth":
            parts.append(text(N_("%(depth)s 歩先まで"), lang, depth=value))
        elif key == "colour" and value == "community":
            parts.append(text(N_("まとまりごとの色"), lang))
        elif key == "size" and value == "bridging":
            parts.append(text(N_("大きさ = 顔役スコア"), lang))
    if view.as_of:
        parts.append(text(N_("%(day)s 時点"), lang, day=format_date(view.as_of, lang)))
    if view.min_confidence:
        parts.append(text(N_("薄れたつながりを除く"), lang))
    return " · ".join(parts)
