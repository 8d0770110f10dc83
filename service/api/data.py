"""POST /api/import (multipart: a .zip of CSV files, an .xlsx workbook or one CSV) and
GET /api/export (a zip of the template CSV files and tsunagu.xlsx). Admins only, and both
are written to the audit log."""
from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, current_app, jsonify, request

from .. import audit, export, precompute
from ..auth.access import requires
from ..db import graph
from ..errors import ApiError
from ..importer.run import import_upload

bp = Blueprint("data", __name__)

_FLAGS = {"1", "true", "yes", "on"}


@bp.post("/api/import")
@requires("admin")
def import_file():
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise ApiError(400, "missing_file", "file にファイル(.zip / .xlsx / .csv)を添付してください。",
                       "Attach the file (.zip, .xlsx or .csv) as the multipart field 'file'.",
                       parameter="file")
    max_bytes = current_app.config["IMPORT_MAX_BYTES"]
    data = upload.stream.read(max_bytes + 1)
    report = import_upload(graph(), upload.filename, data, max_bytes,
                           check_only=_flag("check"), prune=_flag("prune"))
    body = report.as_dict()
    if not report.ok:
        body["error"] = {"status": 422, "code": "invalid_import",
                         "message": f"{len(report.problems)} 件の問題があります。何も書き込んでいません。",
                         "message_en": f"{len(report.problems)} problem(s) found; nothing was written."}
        return jsonify(body), 422
    if not report.checked_only:
        precompute.refresh_in_background(graph())
        body["bridging"] = {"status": "computing", "message": "地域の顔役のスコアを計算しています。数十秒後に新しいスコアになります。",
                            "message_en": "Bridging scores are being computed; they will be new in under a minute."}
        audit.record(graph(), "import",
                     detail=f"{upload.filename[:100]}: {report.rows} rows" + (" (prune)" if _flag("prune") else ""))
    return jsonify(body), 200 if report.checked_only else 201


@bp.get("/api/export")
@requires("admin")
def export_zip():
    tables = export.export_rows(graph())
    audit.record(graph(), "export", detail="zip")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    return Response(export.zip_bytes(tables), mimetype="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="tsunagu-{stamp}.zip"'})


def _flag(name: str) -> bool:
    value = request.values.get(name, "").lower()
    if value and value not in _FLAGS | {"0", "false", "no", "off"}:
        raise ApiError(400, "bad_parameter", f"{name} は true か false を指定してください。",
                       f"{name} must be true or false.", parameter=name)
    return value in _FLAGS
