"""The map workspace /maps/<kind>[/<target>] and its JSON twin /api/maps/<kind>[/<target>]
(also as GraphML or GEXF with ?format=): one page for every kind of map (service/maps/kinds.py),
with the site's header, a panel of filters chosen by name, and the map drawn in the browser,
which fetches the twin when a filter changes instead of reloading."""
from __future__ import annotations


from flask import Blueprint, Response, jsonify, render_template, request

from .. import choices, clock, etags, lang, params, search
from ..db import graph
from ..errors import ApiError
from ..labels import label
from ..lang import N_
from ..maps import build, formats, kinds
from ..menu import Menu
from ..template import KINDS_OF_GROUP, SECTORS

bp = Blueprint("maps", __name__)
MENU = Menu(N_("地図"), "maps.page", 90, args=(("name", "network"),))
PLAIN = f"<any({', '.join(kinds.WITHOUT_TARGET)}):name>"
TARGETED = f"<any({', '.join(kinds.WITH_TARGET)}):name>/<target>"


@bp.get(f"/maps/{PLAIN}")
@bp.get(f"/maps/{TARGETED}")
def page(name: str, target: str | None = None):
    """The workspace. A filter that names no area or theme is said on the page (with the
    status of the error), the panel still there to choose again."""
    current = lang.current()
    problem, status = None, 200
    try:
        data = build.build(name, current, target)
    except ApiError as error:
        if error.status >= 500 or error.code == "embed_token_invalid":
            raise
        problem, status = error.text(current), error.status
        data = build.empty(name, current, target)
    html = render_template("map.html", map=data, problem=problem, lang=current, today=clock.today().isoformat(),
                           choices=_choices(current), kinds=kinds.KINDS, drawing=build.DRAWING, this_year=clock.today().year,
                           json_twin=_twin(name, target), title=data["title"], variants=search.VARIANTS)
    return html, status


@bp.get(f"/api/maps/{PLAIN}")
@bp.get(f"/api/maps/{TARGETED}")
@etags.by_version
def twin(name: str, target: str | None = None):
    data = build.build(name, lang.current(), target)
    fmt = params.choice("format", ("json", *formats.FORMATS))
    if fmt in formats.FORMATS:
        filename = f"tsunagu-{name}{'-' + target if target else ''}.{fmt}"
        return Response(formats.render(data, fmt), mimetype=formats.FORMATS[fmt],
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})
    return jsonify({k: data[k] for k in build.SHOWN})


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


def _twin(name: str, target: str | None) -> str:
    path = f"/api/maps/{name}" + (f"/{target}" if target else "")
    return path + (f"?{request.query_string.decode()}" if request.query_string else "")


def _choices(current: str) -> dict:
    """What the panel offers, by name: areas (shown as 地域 → 地区), and (value, name) pairs of
    sectors, themes, kinds of group and needs (for candidates)."""
    return {"areas": choices.areas(graph()),
            "themes": [(t["id"], t["name"]) for t in choices.themes(graph())],
            "needs": [(c["id"], c["name"]) for c in choices.by_name(graph().read("map/capabilities"))],
            "sectors": [(code, label("sector", code, current)) for code in SECTORS],
            "kinds": [(code, label("kind", code, current)) for code in KINDS_OF_GROUP]}

