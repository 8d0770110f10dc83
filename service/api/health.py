"""GET /api/health: 200 when Neo4j answers, 503 JSON when it does not."""
from __future__ import annotations

from flask import Blueprint, jsonify
from neo4j.exceptions import DriverError, Neo4jError

from .. import db
from ..errors import error_response

bp = Blueprint("health", __name__)


@bp.get("/api/health")
def health():
    try:
        rows = db.read_once("admin/health")
    except (DriverError, Neo4jError, OSError) as err:
        return error_response(503, "database_unavailable",
                              "データベースに接続できません。", "The database is not reachable.",
                              detail=type(err).__name__)
    component = rows[0] if rows else {}
    return jsonify({"status": "ok", "neo4j": {"version": component.get("version"),
                                              "edition": component.get("edition"),
                                              "database": db.database()}})
