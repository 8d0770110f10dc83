"""Security headers on every response: nothing is loaded from another host, nothing inline runs,
and nothing but the app's own scripts, styles and images is kept by a browser or a proxy
(pages, downloads and API answers name people: `Cache-Control: no-store` unless a view set
its own)."""
from __future__ import annotations

import re

from flask import Flask, current_app, request
from werkzeug.middleware.proxy_fix import ProxyFix

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; "
                           "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                           "object-src 'none'; base-uri 'none'; form-action 'self'; "
                           "frame-ancestors 'self'")


CACHEABLE = {"static", "vendor.vis_network"}  # the app's own assets: no personal data


def client_address() -> str | None:
    """The client's address, when addresses tell clients apart: only with
    TSUNAGU_TRUSTED_PROXIES set (0: clients connect directly; N: the address N proxies
    report). Unset, the app may sit behind a proxy that gives everyone one address, and
    throttles by address would let one person lock everyone out: they are not used."""
    if current_app.config.get("TRUSTED_PROXIES") is None:
        return None
    return request.remote_addr


def init_app(app: Flask) -> None:
    proxies = app.config.get("TRUSTED_PROXIES")
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=int(proxies), x_proto=int(proxies))

    @app.after_request
    def _headers(response):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if request.endpoint not in CACHEABLE:
            response.headers.setdefault("Cache-Control", "no-store")
        if re.search(r"frame-ancestors 'self'\s*(;|$)", response.headers["Content-Security-Policy"]):  # only this app
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response
