"""Map pages /maps/<name> and their JSON twins /api/maps/<name> (same nodes and edges)."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, jsonify, render_template, request

from ..map_words import words
from .. import lang, map_views, params
from ..db import graph
from ..errors import ApiError
from ..lang import N_
from ..menu import Menu

bp = Blueprint("maps", __name__)
MENU = Menu(N_("地図"), "maps.page", 90, args=(("name", "network"),))


def _twin(name: str, target: str | None) -> str:
    path = f"/api/maps/{name}" + (f"/{target}" if target else "")
    return path + (f"?{request.query_string.decode()}" if request.query_string else "")


@bp.get("/maps/<any(network, path, bridging):name>")
@bp.get("/maps/<any(ego, candidates):name>/<target>")
def page(name: str, target: str | None = None):
    current = lang.current()
    data = map_views.build(name, current, target)
    return render_template("map.html", map=data, lang=current, words=words(current),
                           this_year=date.today().year,
                           json_twin=_twin(name, target), title=data["title"])


@bp.get("/api/maps/<any(network, path, bridging):name>")
@bp.get("/api/maps/<any(ego, candidates):name>/<target>")
def twin(name: str, target: str | None = None):
    data = map_views.build(name, lang.current(), target)
    return jsonify({k: data[k] for k in ("map", "title", "nodes", "edges", "legend", "aggregated", "as_of",
                                          "min_confidence", "underlying_nodes")})


@bp.get("/api/maps/details/<node_id>")
def details(node_id: str):
    """The details panel of a map node (a person the reader may see named, or a group)."""
    params.existing("id", node_id, ("Person", "Group"))
    row = graph().read_one("map/node_details", id=node_id)
    if row["type"] == "Person":
        if not graph().reader.may_name(row["visibility"]):
            raise ApiError(404, "not_found", "ID「%(node_id)s」の人・団体は見つかりません。", node_id=node_id[:200], parameter="id")
        return jsonify({"id": row["id"], "type": "Person", "name": row["name"], "label": row["name"],
                        "anonymous": False, "groups": row["groups"]})
    return jsonify({"id": row["id"], "type": "Group", "name": row["name"], "kind": row["kind"],
                    "sector": row["sector"], "members": row["members"], "needs": row["needs"],
                    "offers": row["offers"]})
