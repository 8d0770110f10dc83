"""GET /maps/whole: the whole network — people, groups and collaborations — as one map
(JSON twin: /api/network). The dashboard at / links to it."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, render_template

from ..map_words import words
from .. import lang
from ..network import network_map_data

bp = Blueprint("home", __name__)


@bp.get("/maps/whole")
def whole():
    current = lang.current()
    data = network_map_data(current)
    return render_template("map.html", map=data, lang=current, words=words(current),
                           this_year=date.today().year,
                           json_twin="/api/network")
