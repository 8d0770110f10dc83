"""JSON endpoints of the four questions: /api/bridging, /api/groups/<id>/candidates,
/api/paths (/api/gaps is the twin of the gaps page). Thin: check the parameters, ask service/questions.py."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from .. import db, params, questions
from ..analysis.answers import AnswerCache
from ..analysis.projection import ProjectionCache
from ..template import SECTORS

bp = Blueprint("questions", __name__)


def context() -> questions.Context:
    cache = current_app.extensions.setdefault("projection_cache", ProjectionCache())
    answers = current_app.extensions.setdefault("answer_cache", AnswerCache())
    ctx = questions.Context.from_config(db.driver(), current_app.config, cache, answers)
    ctx.as_of = params.day("as_of")
    ctx.min_confidence = params.fraction("min_confidence") or None
    return ctx


@bp.get("/api/bridging")
def bridging():
    limit = params.limit()
    area = params.existing("area", request.args.get("area") or None, ("Area",))
    sector = params.choice("sector", SECTORS)
    theme = params.existing("theme", request.args.get("theme") or None, ("Theme",))
    return jsonify(questions.bridging_people(context(), limit, area, sector, theme))


@bp.get("/api/groups/<group_id>/candidates")
def candidates(group_id: str):
    params.existing("group", group_id, ("Group",))
    need = params.existing("need", request.args.get("need") or None, ("Capability",))
    limit = params.limit(default=10)
    return jsonify(questions.collaboration_candidates(context(), group_id, need, limit))


@bp.get("/api/paths")
def paths():
    from_id = params.existing("from", params.required("from"), ("Person", "Group"))
    to_id = params.existing("to", params.required("to"), ("Person", "Group"))
    k = params.integer("k", 3, 1, 10)
    max_hops = params.integer("max_hops", 8, 1, 20)
    return jsonify(questions.introduction_paths(context(), from_id, to_id, k, max_hops))
