"""JSON endpoints of the questions that have no page of their own: /api/groups/<id>/candidates
and /api/paths (/api/bridging and /api/gaps are the twins of their pages). Thin: check the
parameters, ask service/questions.py, name the answer for the reader."""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from .. import params, questions
from ..db import graph
from ..privacy import present

bp = Blueprint("questions", __name__)


@bp.get("/api/groups/<group_id>/candidates")
def candidates(group_id: str):
    params.existing("group", group_id, ("Group",))
    need = params.existing("need", request.args.get("need") or None, ("Capability",))
    limit = params.limit(default=10)
    return jsonify(present(graph(), questions.collaboration_candidates(graph(), params.view(), group_id, need, limit)))


@bp.get("/api/paths")
def paths():
    from_id = params.existing("from", params.required("from"), ("Person", "Group"))
    to_id = params.existing("to", params.required("to"), ("Person", "Group"))
    k = params.integer("k", 3, 1, 10)
    max_hops = params.integer("max_hops", 8, 1, 20)
    return jsonify(present(graph(), questions.introduction_paths(graph(), params.view(), from_id, to_id, k, max_hops)))
