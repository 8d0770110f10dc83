"""The interface language of a request: Japanese unless ?lang=en asks for English."""
from __future__ import annotations

from flask import request

from .errors import ApiError

SUPPORTED = ("ja", "en")


def current() -> str:
    lang = request.args.get("lang", "ja")
    if lang not in SUPPORTED:
        raise ApiError(400, "bad_parameter", "lang は ja か en を指定してください。",
                       "lang must be ja or en.", parameter="lang")
    return lang
