"""GET /impact?event= (and /api/impact): what an event changed, and the 自走 measure."""
from __future__ import annotations

from flask import Blueprint

from .. import db, impact, params
from ..api.questions import context
from .twin import register

bp = Blueprint("impact", __name__)


@register(bp, "/impact", "/api/impact", "impact.html")
def impact_report() -> dict:
    ctx = context()
    event = params.value("event")
    return {"events": db.read("impact/events"),
            "event_impact": impact.event_impact(ctx, event[:200]) if event else None,
            "self_running": impact.self_running(ctx)}
