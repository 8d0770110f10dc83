"""GET /: the whole collaboration network as an interactive map (JSON twin: /api/network)."""
from __future__ import annotations

from flask import Blueprint, render_template

from visualizations import styles

from .. import lang
from ..network import network_map_data

bp = Blueprint("home", __name__)


@bp.get("/")
def index():
    current = lang.current()
    data = network_map_data(current)
    return render_template("map.html", map=data, lang=current, words=styles.text(current),
                           json_twin="/api/network")
