"""Which network a page shows, said on the page: a page asked `as_of` a day (or only the surer
ties, `min_confidence`) says so above its content, with the way back to today's network; its
links and forms keep asking about that day (static/js/pages.js carries the parameters along)."""
from __future__ import annotations

from flask import Flask, request, url_for

from . import params
from .errors import ApiError

VIEW_PARAMETERS = ("as_of", "min_confidence")


def shown_view() -> dict | None:
    """The day and certainty this request asks about, and today's page, or None for today."""
    asked = {k: request.args.get(k) for k in VIEW_PARAMETERS if request.args.get(k)}
    if not asked or request.endpoint is None:
        return None
    kept = params.for_links(VIEW_PARAMETERS)
    return {**asked, "day": _day(asked.get("as_of")), "today_url": url_for(request.endpoint, **(request.view_args or {}), **kept)}


def _day(as_of: str | None) -> str | None:
    """`as_of` as the day it means (2020, the map's year, is 2020-12-31), for a date box; None
    when it is none (an error page about it is shown without one)."""
    try:
        return params.as_day("as_of", as_of)
    except ApiError:
        return None


def init_app(app: Flask) -> None:
    app.jinja_env.globals["shown_view"] = shown_view
