"""GET /palette.css: the sectors' colours for pages, made from the one palette the maps use
(visualizations/styles.py), so that a sector looks the same on a page, a map, a legend and an
embed."""
from __future__ import annotations

from flask import Blueprint, Response

from visualizations import styles

bp = Blueprint("palette", __name__)


def stylesheet() -> str:
    rules = []
    for sector, color in styles.SECTOR_COLORS.items():
        rules.append(f".sector-{sector} {{ border-color: {color}; background: {color}1f; }}")
        rules.append(f".swatch-{sector} {{ background: {color}; }}")
    rules.append(f".swatch-person {{ background: {styles.PERSON_COLOR}; }}")
    return "\n".join(rules) + "\n"


@bp.get("/palette.css")
def css():
    return Response(stylesheet(), mimetype="text/css", headers={"Cache-Control": "public, max-age=3600"})
