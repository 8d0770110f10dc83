"""GET /communities (and /api/communities): the clusters of the network (まとまり) — parts
more tied within than between, each told by its biggest groups and the people who tie it to
other clusters, with the modularity of the split. The map workspace colours nodes by them."""
from __future__ import annotations

from flask import Blueprint

from .. import params, questions
from ..db import graph
from ..lang import N_
from .twin import Table, register

bp = Blueprint("communities", __name__)


def _rows(data: dict) -> list[dict]:
    return [{"id": c["id"], "size": c["size"], "people": c["people"],
             "groups": "、".join(g["name"] or "" for g in c["groups"]),  # format: a list in one cell
             "bridges": "、".join(b["name"] or "" for b in c["bridges"] if b.get("name"))} for c in data["items"]]


@register(bp, "/communities", "/api/communities", "communities.html", {"clusters": Table(N_("ネットワークのまとまり"), (
    ("id", N_("番号")), ("size", N_("人と団体の数")), ("people", N_("人の数")), ("groups", N_("主な団体")),
    ("bridges", N_("ほかのまとまりとつなぐ人"))), _rows)}, by_version=True)
def communities() -> dict:
    view = params.view()
    found = questions.network_communities(graph(), view)
    return {"modularity": found["modularity"], "items": found["items"], **view.describe()}
