"""GET /api/health: 200 when Neo4j answers, 503 JSON when it does not (within seconds: one
try, no retries, and the local Neo4j's keep-alives make a hung server noticed quickly)."""
from __future__ import annotations

from flask import Blueprint, jsonify
from neo4j.exceptions import DriverError, Neo4jError

from ..db import graph
from ..errors import error_response
from ..lang import N_

bp = Blueprint("health", __name__)


@bp.get("/api/health")
def health():
    try:
        rows = graph().ping("admin/health")
    except (DriverError, Neo4jError, OSError) as err:
        return error_response(503, "database_unavailable", N_("データベースに接続できません。"),
                              detail=type(err).__name__)
    component = rows[0] if rows else {}
    return jsonify({"status": "ok", "neo4j": {"version": component.get("version"),
                                              "edition": component.get("edition"),
                                              "database": graph().database}})
