"""The vis-network script and stylesheet, served from the copy inside the pyvis package.

Municipal networks are closed: no page may load anything from another host.
"""
from __future__ import annotations

from pathlib import Path

import pyvis
from flask import Blueprint, abort, send_from_directory

VIS_DIR = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"
FILES = {"vis-network.min.js", "vis-network.css"}

bp = Blueprint("vendor", __name__)


@bp.get("/vendor/vis-network/<name>")
def vis_network(name: str):
    if name not in FILES:
        abort(404)
    return send_from_directory(VIS_DIR, name, max_age=86400)
