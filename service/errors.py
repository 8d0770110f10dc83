"""One error shape for every API answer: {"error": {"status", "code", "message", "message_en"}}.

Japanese first, English beside it (both from the one catalogue, service/lang.py); never a
stack trace. A browser asking for a page (not /api/..., or a form it posted to /api/...) gets
the same error as an HTML page, in the interface language; on the pages for people without
an account, without the menu.
"""
from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from neo4j.exceptions import ServiceUnavailable, SessionExpired
from werkzeug.exceptions import HTTPException

from . import lang
from .lang import N_

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error for the person who asked: `message` is Japanese (the catalogue's msgid) with
    `%(name)s` placeholders filled from `values`; `parameter` names what to fix,
    `retry_after` (seconds) when to try again, `link` where what it is about already is."""

    def __init__(self, status: int, code: str, message: str, /, *, parameter: str | None = None,
                 retry_after: int | None = None, link: str | None = None, **values):
        self.status = status
        self.code = code
        self.template = message
        self.values = values
        self.details = {k: v for k, v in (("parameter", parameter), ("retry_after", retry_after), ("link", link))
                        if v is not None}
        super().__init__(self.text("en"))

    def text(self, locale: str) -> str:
        return lang.text(self.template, locale, **self.values)

    @property
    def message(self) -> str:
        return self.text("ja")

    @property
    def message_en(self) -> str:
        return self.text("en")


def error_response(status: int, code: str, message: str, values: dict | None = None, **details):
    """The error body: `message` (a Japanese msgid) in Japanese and in English."""
    values = values or {}
    body = {"status": status, "code": code, "message": lang.text(message, "ja", **values),
            "message_en": lang.text(message, "en", **values)}
    body.update(details)
    if wants_page():
        try:
            layout = "public.html" if request.blueprint == "respond" else "base.html"
            return render_template("error.html", error=body, layout=layout, public=layout == "public.html"), status
        except Exception:  # the error page itself failed: fall back to JSON
            log.exception("error page failed")
    return jsonify({"error": body}), status


FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def wants_page() -> bool:
    """A browser asking for a page (not /api/... unless it posted a form there, and HTML
    accepted before JSON)."""
    if request.path.startswith("/api/") and not (request.method == "POST" and request.mimetype in FORMS):
        return False
    accepted = request.accept_mimetypes
    return accepted.best_match(["application/json", "text/html"]) == "text/html" and accepted["text/html"] > 0


_HTTP_MESSAGES = {
    400: (N_("リクエストが正しくありません。"), "bad_request"),
    404: (N_("ページが見つかりません。"), "not_found"),
    405: (N_("このメソッドは使えません。"), "method_not_allowed"),
    413: (N_("送信されたデータが大きすぎます。"), "too_large"),
    414: (N_("URL が長すぎます。"), "uri_too_long"),
    429: (N_("試行回数が多すぎます。しばらく待ってから再度お試しください。"), "too_many_requests"),
}


def init_app(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(err: ApiError):
        response, status = error_response(err.status, err.code, err.template, err.values, **err.details)
        if "retry_after" in err.details:
            response = app.make_response((response, status))
            response.headers["Retry-After"] = str(err.details["retry_after"])
            return response
        return response, status

    def _db_down(err):
        log.warning("Neo4j unavailable: %s", err)
        return error_response(503, "database_unavailable",
                              N_("データベースに接続できません。しばらくしてから再度お試しください。"))

    app.register_error_handler(ServiceUnavailable, _db_down)
    app.register_error_handler(SessionExpired, _db_down)

    @app.errorhandler(HTTPException)
    def _http_error(err: HTTPException):
        message, code = _HTTP_MESSAGES.get(err.code, (err.name, err.name.lower().replace(" ", "_")))
        return error_response(err.code, code, message)

    @app.errorhandler(Exception)
    def _unexpected(err: Exception):
        log.exception("unexpected error")
        return error_response(500, "internal_error", N_("内部エラーが発生しました。管理者に連絡してください。"))
