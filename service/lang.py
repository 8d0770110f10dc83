"""The interface language, and the one way every text shown to people is translated.

Japanese is the source language: code and templates write Japanese messages, marked for
translation, and the gettext catalogue `translations/en/LC_MESSAGES/messages.po` (compiled to
`.mo`) gives the English. Flask-Babel serves pages and templates; the same catalogue serves
API error messages, maps, CSV headers, letters and the command line. Babel's extractor
finds every marked message (`make translations`); a test fails when one has no English.

Marking:
    _("…")                 translate now, in the current language (a page, or the CLI's LANG)
    p_("context", "…")     the same, in a context
    N_("…")                only mark: translated later where it is shown (a table title)
    NP_("context", "…")    mark with a context: one Japanese word, two meanings
                           ("協力": a partner's role "supporter", a relation "cooperation")
    text(message, locale)  translate into a given language (an error in both languages)

The language of a request: `?lang=en` (or `ja`), remembered in a cookie, Japanese by default.
The command line speaks the language of LANG (Japanese when it starts with `ja`, else English).
"""
from __future__ import annotations

import os
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path

from babel.support import NullTranslations, Translations
from flask import Flask, g, has_request_context, request, url_for
from flask_babel import Babel

from . import clock

SUPPORTED = ("ja", "en")
COOKIE = "tsunagu_lang"
DIRECTORY = Path(__file__).parent / "translations"
WEEKDAYS = "月火水木金土日"  # format: Japanese dates
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def N_(message: str) -> str:
    """Mark `message` for the catalogue; it is translated where it is shown."""
    return message


def NP_(context: str, message: str) -> str:
    """Mark `message` with a context for the catalogue (see `text(..., context=)`)."""
    return message


class Lazy:
    """A message to be translated inside another one, in that one's language:
    `text(N_("%(label)s: 必須です"), "en", label=Lazy(N_("お名前")))` → "Your name: required"."""

    def __init__(self, message: str, /, context: str | None = None, **values):
        self.message, self.context, self.values = message, context, values
        self.parts: list[Lazy] | None = None

    def text(self, locale: str) -> str:
        if self.parts is not None:
            return ("、" if locale == "ja" else ", ").join(part.text(locale) for part in self.parts)
        return text(self.message, locale, context=self.context, **self.values)

    def __str__(self) -> str:
        return self.text(current_locale())

    @classmethod
    def joined(cls, parts: list["Lazy"]) -> "Lazy":
        """Several messages joined as the language joins a list (、 or , )."""
        whole = cls("")
        whole.parts = list(parts)
        return whole


def text(message: str, locale: str, /, context: str | None = None, **values) -> str:
    """`message` (Japanese) in `locale`, with `%(name)s` placeholders filled from `values`
    (a `Lazy` value is translated into the same language first)."""
    catalogue = translations(locale)
    found = catalogue.pgettext(context, message) if context else catalogue.gettext(message)
    if not values:
        return found
    return found % {k: v.text(locale) if isinstance(v, Lazy) else v for k, v in values.items()}


def both(message: str, /, **values) -> dict:
    """{"message": Japanese, "message_en": English}: for answers that carry both."""
    return {"message": text(message, "ja", **values), "message_en": text(message, "en", **values)}


def _(message: str, /, **values) -> str:
    """`message` in the current language: the request's, or outside a request the CLI's."""
    return text(message, current_locale(), **values)


def p_(context: str, message: str, /, **values) -> str:
    """`message` in the current language, in a context: the same Japanese word can be
    translated differently there (the command line's "地域" is "area", a page's "Area")."""
    return text(message, current_locale(), context=context, **values)


def gettext(message: str, lang: str | None = None) -> str:
    return text(message, lang or current_locale())


def label_text(context: str, message: str, lang: str | None = None) -> str:
    return text(message, lang or current_locale(), context=context)


@lru_cache(maxsize=None)
def translations(locale: str) -> NullTranslations:
    """The catalogue of `locale` (Japanese, the source language, needs none)."""
    if locale == "ja":
        return NullTranslations()
    return Translations.load(str(DIRECTORY), [locale])


def current_locale() -> str:
    if has_request_context():
        if "lang" not in g:
            g.lang = current()
        return g.lang
    return cli_locale()


def cli_locale(environ: dict | None = None) -> str:
    """The command line's language: Japanese when LC_ALL, LC_MESSAGES or LANG says ja."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return "ja" if env[name].lower().startswith("ja") else "en"
    return "en"


def current() -> str:
    """The language this request asks for: ?lang=, else the remembered choice, else Japanese."""
    from .errors import ApiError
    lang = request.args.get("lang") or request.cookies.get(COOKIE) or "ja"
    if lang not in SUPPORTED:
        if "lang" not in request.args:
            return "ja"  # a stale or forged cookie: fall back quietly
        raise ApiError(400, "bad_parameter", "lang は ja か en を指定してください。", parameter="lang")
    return lang


def format_count(value) -> str:
    """A count with thousands separators (52,006 人), as in both languages; other values as they are."""
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def format_date(value, lang: str | None = None) -> str:
    """An ISO date as Japanese readers expect it (2025年11月8日(土)), or 8 Nov 2025."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    if (lang or current_locale()) == "ja":
        return f"{day.year}年{day.month}月{day.day}日({WEEKDAYS[day.weekday()]})"  # format: Japanese dates
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def format_time(value, lang: str | None = None) -> str:
    """An ISO date and time (Neo4j's, in UTC) as the ward's clock shows it: the date as
    `format_date` writes it and the hour in Japan time (the ward is in Tokyo, UTC+9 all year)."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    local = moment.astimezone(clock.WARD_TIME)
    return f"{format_date(local.date().isoformat(), lang)} {local:%H:%M}"


def other_language_url(other: str) -> str:
    """This page in the `other` language (the choice is then remembered)."""
    from .params import for_links  # params names its errors with this module's N_
    return url_for(request.endpoint, **(request.view_args or {}), **for_links(("lang",)), lang=other)


def init_app(app: Flask) -> None:
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(DIRECTORY))
    app.config.setdefault("BABEL_DEFAULT_LOCALE", "ja")
    Babel(app, locale_selector=current_locale)
    app.jinja_env.globals["other_language_url"] = other_language_url
    app.jinja_env.globals["ward_today"] = lambda: clock.today().isoformat()  # a printout's date
    app.jinja_env.filters["jdate"] = format_date
    app.jinja_env.filters["jtime"] = format_time
    app.jinja_env.filters["count"] = format_count
    app.context_processor(lambda: {"lang": current_locale()})

    @app.after_request
    def _remember(response):
        chosen = request.args.get("lang")
        if chosen in SUPPORTED and request.cookies.get(COOKIE) != chosen:
            response.set_cookie(COOKIE, chosen, max_age=365 * 24 * 3600, samesite="Lax",
                                httponly=True, secure=request.is_secure)
        return response
