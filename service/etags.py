"""ETags on JSON answers: a dashboard that polls sends back the tag it was given
(`If-None-Match`) and gets `304 Not Modified` with no body while nothing changed for it.

Two kinds of tag:

- **By version**, on the answers declared with `by_version` (questions about today's network:
  the dashboard, 顔役, gaps, clusters, maps …): the tag is made, before anything is computed,
  from all such an answer depends on — the graph's version, the mark of the last change of a
  name's visibility, when the stored analysis was last written (`Graph.stamp`, one round
  trip), the reader's level, the language, the day (ties fade with the days), the address
  with its parameters, and the code, libraries and settings of this service. A 304 costs the
  sign-in and that one read. Answers that also show introductions, surveys or the audit (a group's or a person's
  page: viewing a person is logged) are not declared, nor downloads (logged); nor is any
  answer while an analysis is storing.
- **From the answer**, on every other JSON answer under /api: made from the answer as this
  reader gets it, after names are applied. The work a 304 saves there is sending it.

Either way a 304 can never let someone keep an answer that would now be different for them
(a person made private since, a name corrected). `Cache-Control: no-store` stays
(service/security.py): browsers keep nothing; a client that wants to revalidate keeps the tag.
"""
from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

from flask import Flask, Response, current_app, g, request

from . import clock, db, lang
from .cypher import CYPHER_DIR

SERVICE_DIR = Path(__file__).resolve().parent


def by_version(view):
    """Declare that the answer of `view` depends only on today's network (see above)."""
    view.by_version = True
    return view


def init_app(app: Flask) -> None:
    @app.before_request
    def _not_modified():
        """Runs after the sign-in check (service/auth/access.py registers it first)."""
        tag = _version_tag()
        if tag is None:
            return None
        g.version_tag = tag
        if tag in request.if_none_match:
            response = Response(status=304)
            response.set_etag(tag)
            return response
        return None

    @app.after_request
    def _etag(response):
        if (request.method in ("GET", "HEAD") and response.status_code == 200 and response.is_json
                and not response.is_streamed and request.path.startswith("/api/")):
            if g.get("version_tag"):
                response.set_etag(g.version_tag)
            else:
                response.add_etag()
            response.make_conditional(request)
        return response


def _version_tag() -> str | None:
    view = current_app.view_functions.get(request.endpoint)
    if (request.method not in ("GET", "HEAD") or not getattr(view, "by_version", False)
            or "format" in request.args or g.get("user") is None):
        return None
    stamp = db.graph().stamp()
    if stamp is None:
        return None
    day = clock.today().isoformat()  # ties fade by the ward's day
    made = "\n".join((_build(), stamp, db.graph().reader.level, lang.current(), day, request.full_path))
    return "v" + hashlib.sha256(made.encode("utf-8")).hexdigest()[:40]


def _build() -> str:
    """The code, statements and translations of this service, the versions of the libraries
    that shape its answers, and its settings (not its secrets), once per app: a new release or
    another setting makes new tags. The same in every worker."""
    if "etag_build" not in current_app.extensions:
        settings = sorted((key, value) for key, value in current_app.config.items()
                          if isinstance(value, (str, int, float, bool)) and not _secret(key))
        libraries = [(name, metadata.version(name)) for name in LIBRARIES]
        digest = hashlib.sha256(repr((settings, libraries)).encode("utf-8"))
        for folder, pattern in CODE:
            for path in sorted(folder.rglob(pattern)):
                digest.update(f"{path.relative_to(folder)}\n".encode("utf-8") + path.read_bytes())
        current_app.extensions["etag_build"] = digest.hexdigest()
    return current_app.extensions["etag_build"]


def _secret(key: str) -> bool:
    return any(word in key for word in ("SECRET", "PASSWORD", "TOKEN"))


CODE = ((SERVICE_DIR, "*.py"), (SERVICE_DIR, "*.mo"), (CYPHER_DIR, "*.cypher"),
        (SERVICE_DIR.parent / "visualizations", "*.py"))
LIBRARIES = ("flask", "neo4j", "igraph", "pyvis")
