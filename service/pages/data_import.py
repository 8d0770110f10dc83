"""The upload page: /data/import. A coordinator chooses (or drops) an .xlsx, .csv or .zip;
the preview lists every problem at once, or what the import would add and change, table by
table; "取り込む" imports it all in one transaction while the page shows how far it is, then
what changed. JSON twins: POST /api/data/import (the preview) and GET
/api/data/import/<token> (the progress and the report). Admins, and staff when
TSUNAGU_STAFF_IMPORT allows it."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, g, jsonify, redirect, render_template, request, url_for

from .. import lang, params, template_workbook, uploads
from ..auth.access import importers, requires
from ..db import graph
from ..errors import ApiError
from ..importer.read import read_path
from ..importer.run import checked_reading, import_checked
from ..labels import family_of, label
from ..lang import N_
from ..menu import Menu
from ..template import FILES

bp = Blueprint("data_import", __name__)
MENU = Menu(N_("データの取り込み"), "data_import.form", 95)
SPECS = {spec.stem: spec for spec in FILES}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@bp.get("/data/import")
@requires(importers)
def form():
    return render_template("data_import.html", step="choose", lang=lang.current(), json_twin=None)


@bp.get("/data/template.xlsx")
@requires(importers)
def template():
    """The template workbook, its lists holding the network's own areas, themes and capabilities."""
    return Response(template_workbook.build(template_workbook.listed(graph())), mimetype=XLSX,
                    headers={"Content-Disposition": "attachment; filename=tsunagu-template.xlsx",
                             "Cache-Control": "no-store"})


@bp.post("/data/import")
@requires(importers)
def preview():
    token, report = _preview()
    return render_template("data_import.html", step="preview", token=token, report=report,
                           shown=_shown(report), columns=_columns(report), prune=_prune(), removing=_removing(report),
                           lang=lang.current(), json_twin=None)


@bp.post("/api/data/import")
@requires(importers)
def preview_json():
    token, report = _preview()
    body = {"token": token if report.ok else None, **report.as_dict()}
    return jsonify(body), 200 if report.ok else 422


@bp.post("/data/import/<token>")
@requires(importers)
def run(token: str):
    planned = uploads.status(current_app.config, token) or {}
    if planned.get("prune", False) != _prune():
        raise ApiError(409, "not_as_previewed", "確かめた内容と「ファイルにないものを削除する」の選択が違います。もう一度ファイルを選んで確かめてください。")
    if planned.get("removing") and request.form.get("confirm_delete") not in ("1", "on", "true"):
        raise ApiError(400, "confirm_delete", "%(count)s 件を削除する取り込みです。削除してよいことを確かめる欄に印を付けてください。",
                       count=planned["removing"], parameter="confirm_delete")
    if not uploads.start(graph(), current_app.config, token, _prune(), (g.get("user") or {}).get("name")):
        raise ApiError(409, "import_not_staged", "この取り込みはもう始まっているか、ファイルがありません。もう一度ファイルを選んでください。")
    if request.accept_mimetypes.best == "application/json":
        return jsonify({"token": token, "status": uploads.status(current_app.config, token)}), 202
    return redirect(url_for("data_import.progress", token=token), code=303)


@bp.get("/data/import/<token>")
@requires(importers)
def progress(token: str):
    found = _status(token)
    names = {stem: spec.help.split(" / ")[0 if lang.current() == "ja" else -1] for stem, spec in SPECS.items()}
    return render_template("data_import.html", step="progress", token=token, status=found, names=names,
                           lang=lang.current(), json_twin=url_for("data_import.progress_json", token=token))


@bp.get("/api/data/import/<token>")
@requires(importers)
def progress_json(token: str):
    return jsonify(_status(token))


def _preview():
    max_bytes = current_app.config["IMPORT_MAX_BYTES"]
    filename, data = params.upload(max_bytes)
    token = uploads.stage(current_app.config, filename, data, (g.get("user") or {}).get("name"))
    path = uploads.staged(current_app.config, token)
    version = graph().version()
    checked = checked_reading(graph(), read_path(path, max_bytes))
    report = import_checked(graph(), checked, check_only=True, prune=_prune(), preview=True)
    if report.ok:  # the import writes what was checked here, if the network does not change meanwhile
        uploads.keep_checked(current_app.config, token, checked, version, _prune(), _removing(report))
    return token, report


def _removing(report) -> int:
    """How many nodes and ties the import would delete (those the file lacks, with prune)."""
    return sum(table.get("removed") or 0 for table in (report.changes or {}).values())


def _prune() -> bool:
    return request.form.get("prune") in ("1", "on", "true")


def _status(token: str) -> dict:
    found = uploads.status(current_app.config, token)
    if found is None:
        raise ApiError(404, "not_found", "この取り込みは見つかりません。もう一度ファイルを選んでください。")
    found.pop("user", None)
    return found


def _shown(report) -> list[dict]:
    """The preview's tables as a coordinator reads them: the file's name in Japanese, counts,
    and the first rows added and changed, coded values as the site shows them."""
    tables = []
    for stem, table in (report.changes or {}).items():
        spec = SPECS[stem]
        columns = [c for c in spec.columns if c.name not in ("source",)]
        by_name = {c.name: c for c in columns}
        tables.append({"stem": stem, "help": spec.help, "columns": [c.name for c in columns],
                       **{k: table[k] for k in ("rows", "added", "changed", "unchanged", "removed")},
                       "added_rows": [[_value(c, row.get(c.name)) for c in columns] for row in table["examples"]["added"]],
                       "changed_rows": [{"cells": [_value(c, item["row"].get(c.name)) for c in columns],
                                         "before": {k: _value(by_name.get(k), v) for k, v in item["before"].items()}}
                                        for item in table["examples"]["changed"]]})
    return tables


def _columns(report) -> list[str]:
    """The column of each problem as the template's Japanese header shows it: 「sector(セクター)」."""
    found = []
    for p in report.problems:
        stem = p.file.rsplit("[", 1)[1].rstrip("]") if "[" in p.file else p.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        column = next((c for c in SPECS[stem].columns if c.name == p.column), None) if stem in SPECS else None
        found.append(f"{p.column}({column.aliases[0]})" if column is not None and column.aliases else p.column or "")
    return found


def _value(column, value) -> str:
    if value is None or value == "":
        return ""
    family = family_of(column.choices) if column is not None and column.choices else None
    return label(family, value) if family else str(value)
