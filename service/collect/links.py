"""Personal links without stored secrets: a link's token is the id it opens plus an HMAC of
the id and its kind under the app's secret key. Links can be printed again at any time;
a token for one kind (a survey invitation) never opens another (a sign-in sheet); changing
TSUNAGU_SECRET_KEY voids every link."""
from __future__ import annotations

import base64
import hashlib
import hmac
from io import BytesIO

import segno
from flask import current_app, request
from markupsafe import Markup

KINDS = {"survey": "/r/", "signin": "/s/"}


def token(kind: str, id_: str) -> str:
    return f"{id_}.{_mac(kind, id_)}"


def opened(kind: str, given: str) -> str | None:
    """The id a token opens, or None when the token was not made here for this kind."""
    id_, _, mac = (given or "")[:200].rpartition(".")
    if not id_ or not hmac.compare_digest(mac, _mac(kind, id_)):
        return None
    return id_


def public_base() -> str:
    """This app's address as people outside reach it: TSUNAGU_PUBLIC_URL when set (behind a
    proxy), else the address of the request."""
    return (current_app.config.get("PUBLIC_URL") or request.host_url).rstrip("/")


def url(kind: str, id_: str) -> str:
    """The full link, under TSUNAGU_PUBLIC_URL when set."""
    return f"{public_base()}{KINDS[kind]}{token(kind, id_)}"


def qr_svg(link: str) -> Markup:
    """The link as a QR code, an inline SVG that prints sharply."""
    out = BytesIO()
    segno.make(link, error="m").save(out, kind="svg", scale=4, xmldecl=False, svgns=True,
                                     title=link, nl=False)
    return Markup(out.getvalue().decode("utf-8"))


def _mac(kind: str, id_: str) -> str:
    key = str(current_app.config["SECRET_KEY"]).encode("utf-8")
    digest = hmac.new(key, f"{kind}:{id_}".encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:18]).decode("ascii")
