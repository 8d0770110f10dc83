"""The interface language of a request, and the translation of interface text.

Japanese is the default and the source language: templates and code write Japanese inside
`_()`, and `translations/en.json` gives the English. `?lang=en` (or `ja`) switches and is
remembered in a cookie, so links need not carry it.
"""
from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

from flask import Flask, g, request, url_for

from .errors import ApiError

SUPPORTED = ("ja", "en")
COOKIE = "tsunagu_lang"
CATALOG = Path(__file__).parent / "translations" / "en.json"
WEEKDAYS = "月火水木金土日"
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def current() -> str:
    lang = request.args.get("lang") or request.cookies.get(COOKIE) or "ja"
    if lang not in SUPPORTED:
        if "lang" not in request.args:
            return "ja"  # a stale or forged cookie: fall back quietly
        raise ApiError(400, "bad_parameter", "lang は ja か en を指定してください。",
                       "lang must be ja or en.", parameter="lang")
    return lang


def gettext(text: str, lang: str | None = None) -> str:
    """`text` (Japanese) in the language of the request."""
    if (lang or _request_lang()) == "ja":
        return text
    return catalog().get(text, text)


def format_date(value, lang: str | None = None) -> str:
    """An ISO date as Japanese readers expect it (2025年11月8日(土)), or 8 Nov 2025."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    if (lang or _request_lang()) == "ja":
        return f"{day.year}年{day.month}月{day.day}日({WEEKDAYS[day.weekday()]})"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def other_language_url(other: str) -> str:
    """This page in the `other` language (the choice is then remembered)."""
    args = {k: v for k, v in request.args.items() if k != "lang" and not k.startswith("_")}
    return url_for(request.endpoint, **(request.view_args or {}), **args, lang=other)


@cache
def catalog() -> dict[str, str]:
    return json.loads(CATALOG.read_text(encoding="utf-8"))


def init_app(app: Flask) -> None:
    app.jinja_env.globals["_"] = gettext
    app.jinja_env.globals["other_language_url"] = other_language_url
    app.jinja_env.filters["jdate"] = format_date
    app.context_processor(lambda: {"lang": _request_lang()})

    @app.after_request
    def _remember(response):
        chosen = request.args.get("lang")
        if chosen in SUPPORTED and request.cookies.get(COOKIE) != chosen:
            response.set_cookie(COOKIE, chosen, max_age=365 * 24 * 3600, samesite="Lax",
                                httponly=True, secure=request.is_secure)
        return response


def _request_lang() -> str:
    if "lang" not in g:
        g.lang = current()
    return g.lang
