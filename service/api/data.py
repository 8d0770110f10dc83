"""POST /api/import (multipart: a .zip of CSV files, an .xlsx workbook or one CSV) and
GET /api/export (a zip of the template CSV files and tsunagu.xlsx). Admins only, and both
are written to the audit log."""
from __future__ import annotations


from flask import Blueprint, Response, current_app, jsonify, request

from .. import audit, clock, export, params, precompute
from ..auth.access import importers, requires
from ..db import graph
from ..errors import ApiError
from ..importer.run import import_upload
from ..lang import N_, both

bp = Blueprint("data", __name__)

_FLAGS = {"1", "true", "yes", "on"}


@bp.post("/api/import")
@requires(importers)
def import_file():
    max_bytes = current_app.config["IMPORT_MAX_BYTES"]
    filename, data = params.upload(max_bytes)
    report = import_upload(graph(), filename, data, max_bytes,
                           check_only=_flag("check"), prune=_flag("prune"), preview=_flag("check"))
    body = report.as_dict()
    if not report.ok:
        body["error"] = {"status": 422, "code": "invalid_import",
                         **both(N_("%(count)s 件の問題があります。何も書き込んでいません。"), count=len(report.problems))}
        return jsonify(body), 422
    if not report.checked_only:
        precompute.refresh_in_background(graph())
        body["bridging"] = {"status": "computing",
                            **both(N_("地域の顔役のスコアを計算しています。数十秒後に新しいスコアになります。"))}
        audit.record(graph(), "import",
                     detail=f"{filename[:100]}: {report.rows} rows" + (" (prune)" if _flag("prune") else ""))
    return jsonify(body), 200 if report.checked_only else 201


@bp.get("/api/export")
@requires("admin")
def export_zip():
    tables = export.export_rows(graph())
    audit.record(graph(), "export", detail="zip")
    stamp = clock.now().strftime("%Y%m%d-%H%M")
    return Response(export.zip_bytes(tables), mimetype="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="tsunagu-{stamp}.zip"'})


def _flag(name: str) -> bool:
    value = request.values.get(name, "").lower()
    if value and value not in _FLAGS | {"0", "false", "no", "off"}:
        raise ApiError(400, "bad_parameter", "%(name)s は true か false を指定してください。", name=name, parameter=name)
    return value in _FLAGS
