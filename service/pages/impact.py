"""GET /impact?event= or ?from=&to= (and /api/impact): what an event or a period changed,
and the 自走 measure; asked neither, the latest event held with its attendance recorded."""
from __future__ import annotations


from flask import Blueprint

from .. import clock, impact, params, wording
from ..db import graph
from .twin import register
from ..lang import N_
from ..menu import Menu

bp = Blueprint("impact", __name__)
MENU = Menu(N_("協働の成果"), "impact.impact_report", 60)


def _in_words(data: dict) -> dict:
    """The sentences to quote, in the reader's language, beside each comparison."""
    return {**data, **{key: {**data[key], **wording.impact_sentences(data[key])}
                       for key in ("event_impact", "period_impact") if data.get(key) and "new_ties" in data[key]}}


@register(bp, "/impact", "/api/impact", "impact.html", named=_in_words)
def impact_report() -> dict:
    event, start, end = params.value("event"), params.day("from"), params.day("to")
    if (start is None) != (end is None):
        params.required("to" if end is None else "from")
    events = graph().read("impact/events")  # newest first: the latest held with attendance is offered first
    held = [e for e in events if e["date"] and not impact.planned(e["date"])]
    offered = next((e["id"] for e in held if e["attendees"]), held[0]["id"] if held else None)
    if event is None and start is None:  # the page opens on what it offers, shown, not on a choice to confirm
        event = offered
    return {"events": [{**e, "upcoming": impact.planned(e["date"])} for e in events], "today": clock.today().isoformat(),
            "offered": offered,
            "event_impact": impact.event_impact(graph(), event[:200]) if event else None,
            "period_impact": impact.period_impact(graph(), start, end) if start else None,
            "self_running": impact.self_running(graph())}
