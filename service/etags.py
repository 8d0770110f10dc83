"""ETags on JSON answers: a dashboard that polls sends back the tag it was given
(`If-None-Match`) and gets `304 Not Modified` with no body while nothing changed for it.

The tag is made from the answer itself, as this reader gets it, after names are applied: so a
304 can never let someone keep an answer that would now be different for them (a person made
private since, a name corrected) — which a tag made only from the graph's version could. The
work a 304 saves is sending and reading the answer; the answers slow to compute are kept per
graph version by the process anyway (service/analysis/answers.py). `Cache-Control: no-store`
stays (service/security.py): browsers keep nothing; a client that wants to revalidate keeps
the tag itself.
"""
from __future__ import annotations

from flask import Flask, request


def init_app(app: Flask) -> None:
    @app.after_request
    def _etag(response):
        if (request.method in ("GET", "HEAD") and response.status_code == 200 and response.is_json
                and not response.is_streamed and request.path.startswith("/api/")):
            response.add_etag()
            response.make_conditional(request)
        return response
