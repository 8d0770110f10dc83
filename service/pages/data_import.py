"""The upload page: /data/import. A coordinator chooses (or drops) an .xlsx, .csv or .zip;
the preview lists every problem at once, or what the import would add and change, table by
table; "取り込む" imports it all in one transaction while the page shows how far it is, then
what changed. JSON twins: POST /api/data/import (the preview) and GET
/api/data/import/<token> (the progress and the report). Admins, and staff when
TSUNAGU_STAFF_IMPORT allows it."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, g, jsonify, redirect, render_template, request, url_for
from openpyxl.utils import get_column_letter

from .. import lang, params, template_workbook, uploads
from ..auth.access import importers, requires
from ..db import graph
from ..errors import ApiError
from ..editing import PAGES
from ..importer import namesakes
from ..importer.read import canonical_column, read_path
from ..importer.run import checked_reading, import_checked
from ..labels import family_of, label
from ..lang import N_, _, gettext
from ..privacy import NODE_TYPES, Naming
from ..menu import Menu
from ..template import BY_SHEET, BY_STEM
from ..template_workbook import COLUMN_TITLES

bp = Blueprint("data_import", __name__)
MENU = Menu(N_("データの取り込み"), "data_import.form", 95)
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
    token, report, checked, letters = _preview()
    return render_template("data_import.html", step="preview", token=token, report=report,
                           namesakes=_namesakes(checked) if report.ok else [],
                           shown=_shown(report, _referred(report, checked)), columns=_columns(report, letters),
                           files=[_sheet_of(p.file) for p in report.problems], prune=_prune(), removing=_removing(report),
                           lang=lang.current(), json_twin=None)


@bp.post("/api/data/import")
@requires(importers)
def preview_json():
    token, report, checked, _letters = _preview()
    body = {"token": token if report.ok else None, **report.as_dict(), "namesakes": _namesakes(checked) if report.ok else []}
    return jsonify(body), 200 if report.ok else 422


@bp.post("/data/import/<token>")
@requires(importers)
def run(token: str):
    planned = uploads.status(current_app.config, token) or {}
    if planned.get("prune", False) != _prune():
        raise ApiError(409, "not_as_previewed", "確かめた内容と「ファイルにないものを削除する」の選択が違います。もう一度ファイルを選んで確かめてください。")
    if planned.get("removing") and not params.ticked(request.form.get("confirm_delete")):
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
    names = {stem: spec.help.split(" / ")[0 if lang.current() == "ja" else -1] for stem, spec in BY_STEM.items()}
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
    reading = read_path(path, max_bytes)
    letters = {(sheet.source, canonical_column(sheet.spec, header)): get_column_letter(index)
               for sheet in reading.sheets for index, header in enumerate(sheet.header, start=1)}
    checked = checked_reading(graph(), reading)
    report = import_checked(graph(), checked, check_only=True, prune=_prune(), preview=True)
    if report.ok:  # the import writes what was checked here, if the network does not change meanwhile
        adding = [(BY_STEM[stem].label, str(row["id"])) for stem, table in report.changes.items() if BY_STEM[stem].is_node
                  for row in table["examples"]["added"]]
        uploads.keep_checked(current_app.config, token, checked, version, _prune(), _removing(report), adding)
    return token, report, checked, letters


def _namesakes(checked) -> list[dict]:
    """The file's new rows named as something already in the network, that one named at the
    reader's level (a person this reader may not see named is left out, their id too)."""
    found = namesakes.find(graph(), checked)
    naming = Naming(graph(), {label: {i for f in found if f["label"] == label for i in f["existing"]} for label in NODE_TYPES})
    shown = [{"type": f["label"], "id": f["id"], "name": f["name"],
              "existing": [{**naming.node(f["label"], i), "href": PAGES.get(f["label"], "").format(i) or None}
                           for i in f["existing"] if naming.visible(f["label"], i)]} for f in found]
    return [item for item in shown if item["existing"]]


def _added(adding: list) -> list[dict]:
    """The first nodes the import added, named at the reader's level, each with its page."""
    pairs = [tuple(pair) for pair in adding]
    naming = Naming(graph(), {label: {i for lab, i in pairs if lab == label} for label in NODE_TYPES})
    return [{**naming.node(label, id_), "href": PAGES[label].format(id_) if naming.visible(label, id_) else None}
            for label, id_ in pairs if label in PAGES and (label, id_) in naming.found]


def _removing(report) -> int:
    """How many nodes and ties the import would delete (those the file lacks, with prune)."""
    return sum(table.get("removed") or 0 for table in (report.changes or {}).values())


def _prune() -> bool:
    return params.ticked(request.form.get("prune"))


def _status(token: str) -> dict:
    """The upload's state as its pages show it: once done, the first nodes added, named at the
    reader's level (the status file keeps their ids only)."""
    found = uploads.status(current_app.config, token)
    if found is None:
        raise ApiError(404, "not_found", "この取り込みは見つかりません。もう一度ファイルを選んでください。")
    found.pop("user", None)
    adding = found.pop("adding", None)
    if found.get("state") == "done":
        found["added"] = _added(adding or [])
    return found


def _shown(report, referred: dict) -> list[dict]:
    """The preview's tables as a coordinator reads them: the file's name in Japanese, counts,
    and the first rows added and changed under the columns' Japanese titles, coded values as
    the site shows them and references by name (`referred`)."""
    tables = []
    for stem, table in (report.changes or {}).items():
        spec = BY_STEM[stem]
        columns = [c for c in spec.columns if c.name not in ("source",)]
        by_name = {c.name: c for c in columns}

        def shown(column, value) -> str:
            targets = (column.references or "").split("|") if column else []
            return next((referred[(t, value)] for t in targets if (t, value) in referred), None) or _value(column, value)

        tables.append({"stem": stem, "help": spec.help, "columns": [c.name for c in columns],
                       "titles": [gettext(COLUMN_TITLES.get(c.name, c.name)) for c in columns],
                       **{k: table[k] for k in ("rows", "added", "changed", "unchanged", "removed")},
                       "added_rows": [[shown(c, row.get(c.name)) for c in columns] for row in table["examples"]["added"]],
                       "changed_rows": [{"cells": [shown(c, item["row"].get(c.name)) for c in columns],
                                         "before": {k: shown(by_name.get(k), v) for k, v in item["before"].items()}}
                                        for item in table["examples"]["changed"]]})
    return tables


def _referred(report, checked) -> dict[tuple[str, str], str]:
    """The names of what the preview's example rows refer to, by (label, id): as the file names
    it, else as the network does, at the reader's level (a person this reader may not see named
    is shown as such, without their id)."""
    in_file = {(spec.label, str(row["id"])): str(row["name"]) for spec, rows in checked.batches if spec.is_node
               for row in rows if row.get("name")}
    wanted: dict[str, set[str]] = {label: set() for label in NODE_TYPES}
    for stem, table in (report.changes or {}).items():
        rows = table["examples"]["added"] + [item["row"] for item in table["examples"]["changed"]]
        for column in BY_STEM[stem].columns:
            for target in (column.references or "").split("|") if column.references else ():  # a group or a collaboration
                wanted[target].update(str(row[column.name]) for row in rows if row.get(column.name)
                                      and (target, str(row[column.name])) not in in_file)
    if not any(wanted.values()):
        return in_file
    naming = Naming(graph(), wanted)
    return {**{(label, id_): naming.node(label, id_)["label"] for label, ids in wanted.items() for id_ in ids
               if (label, id_) in naming.found}, **in_file}


def _sheet_of(source: str) -> str:
    """Where a problem is, as a coordinator says it: 「event.xlsx の memberships シート」."""
    if not source.endswith("]"):
        return source
    workbook, sheet = source[:-1].rsplit("[", 1)
    return _("%(workbook)s の %(sheet)s シート", workbook=workbook, sheet=sheet)


def _columns(report, letters: dict) -> list[str]:
    """The column of each problem as the spreadsheet shows it: its letter, and the template's
    header (「B列 団体(IDか名前)」)."""
    found = []
    for p in report.problems:
        stem = p.file.rsplit("[", 1)[1].rstrip("]") if "[" in p.file else p.file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        column = next((c for c in BY_SHEET[stem].columns if c.name == p.column), None) if stem in BY_SHEET else None
        title = column.aliases[0] if column is not None and column.aliases else p.column or ""
        letter = letters.get((p.file, p.column))
        found.append(_("%(letter)s列 %(title)s", letter=letter, title=title) if letter else title)
    return found


def _value(column, value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return gettext(N_("はい") if value else N_("いいえ"))
    family = family_of(column.choices) if column is not None and column.choices else None
    return label(family, value) if family else str(value)
