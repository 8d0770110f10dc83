"""Edit in place (coordinators: staff and admins): /data/edit/<table> shows the form of one
row — new, or the stored one named by its key in the address (`?id=g-12`,
`?person_id=p-1&group_id=g-3`) — and saves it through the importer's checks
(service/editing.py); /data/delete/<table> asks before deleting. JSON twins: GET and POST
/api/data/<table>/row, DELETE /api/data/<table>/row. Every change is in the audit log, and the
next page says what was done."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, current_app, g, jsonify, redirect, render_template, request

from .. import departments, editing, labels, notices, params
from ..auth.access import requires
from ..db import graph
from ..errors import ApiError
from ..lang import N_, _, both, gettext
from ..privacy import ANONYMOUS, present
from ..importer.run import ids_by_name
from ..search import fold
from ..template_workbook import COLUMN_TITLES, LISTS, coded

bp = Blueprint("editing", __name__)
EDITORS = ("staff", "admin")

CHOICES = {**LISTS, "Collaboration": lambda graph: graph.read("edit/collaboration_choices")}  # graph → [{id, name}]
STARTED = ("starting", "active")  # statuses of a collaboration under way
DONE = {"added": N_("「%(name)s」を登録しました。"), "changed": N_("「%(name)s」を保存しました。"),
        "deleted": N_("「%(name)s」を削除しました。")}


@bp.get("/data/edit/<stem>")
@requires(*EDITORS)
def form(stem: str):
    table = editing.editable(stem)
    key = editing.key_of(table, request.args)
    row = _readable(table, editing.stored(graph(), table, key))
    values = row or {c.name: request.args.get(c.name, "") for c in table.columns}
    return _render(table, values, existing=row is not None)


@bp.post("/data/edit/<stem>")
@requires(*EDITORS)
def save_form(stem: str):
    table = editing.editable(stem)
    posted = {c.name: (("true" if request.form.get(c.name) else "false") if c.type == "bool"
                       else request.form.get(c.name, "")) for c in table.columns}
    posted = _by_name(table, posted)
    before = _readable(table, editing.stored(graph(), table, editing.key_of(table, posted)))
    report, row = editing.save(graph(), table, posted, g.user["role"], g.user["name"])
    if not report.ok:
        return _render(table, posted, existing=request.form.get("_existing") == "1", problems=report.problems), 422
    notices.say(_(DONE["changed" if request.form.get("_existing") == "1" else "added"], name=_name(table, row)))
    if _started(table, before, row):
        _say_who_to_tell(row["id"])
    return redirect(editing.page_of(table, row), code=303)


@bp.get("/api/data/<stem>/row")
@requires(*EDITORS)
def row_json(stem: str):
    table = editing.editable(stem)
    row = _readable(table, editing.stored(graph(), table, editing.key_of(table, request.args)))
    if row is None:
        raise ApiError(404, "not_found", "その行は見つかりません。", parameter=table.spec.key[0])
    return jsonify(row)


@bp.post("/api/data/<stem>/row")
@requires(*EDITORS)
def save_json(stem: str):
    table = editing.editable(stem)
    given = _by_name(table, dict(params.posted()))
    _readable(table, editing.stored(graph(), table, editing.key_of(table, {k: str(v) for k, v in given.items()})))
    report, row = editing.save(graph(), table, given, g.user["role"], g.user["name"])
    if not report.ok:  # as the import's answer: every problem, nothing written
        return jsonify({"problems": [p.as_dict() for p in report.problems],
                        "error": {"status": 422, "code": "invalid_row",
                                  **both(N_("%(count)s 件の問題があります。何も書き込んでいません。"),
                                         count=len(report.problems))}}), 422
    return jsonify({"row": row, "written": report.written}), 201


@bp.get("/data/delete/<stem>")
@requires(*EDITORS)
def confirm_delete(stem: str):
    table = editing.editable(stem)
    _may_delete(table)
    key = editing.key_of(table, request.args)
    found = editing.what_goes(graph(), table, key)
    if not found or not _readable(table, found.get("row") or key):
        raise ApiError(404, "not_found", "削除するものが見つかりません。", parameter=table.spec.key[0])
    return render_template("delete_row.html", table=table, key=key, found=found, title=gettext(table.title),
                           back=editing.page_of(table, found.get("row") or key), ties=_ties(found),
                           shown=_name(table, found["row"]) if found.get("row") else None)


@bp.post("/data/delete/<stem>")
@requires(*EDITORS)
def delete_form(stem: str):
    table = editing.editable(stem)
    _may_delete(table)
    key = editing.key_of(table, request.form)
    found = editing.what_goes(graph(), table, key) or {}
    _readable(table, found.get("row") or key)
    name = found.get("name") or _name(table, found.get("row") or key)  # before it is gone
    done = editing.delete(graph(), table, key, g.user["name"], _backups())
    message = _(DONE["deleted"], name=name)
    if done["backup"]:
        message += " " + _("削除の直前のバックアップ: %(file)s(元に戻すには管理者が `tsunagu restore` で復元します)。",
                                 file=Path(done["backup"]).name)
    notices.say(message)
    return redirect("/" if table.spec.is_node else editing.page_of(table, found.get("row") or key), code=303)


@bp.delete("/api/data/<stem>/row")
@requires(*EDITORS)
def delete_json(stem: str):
    table = editing.editable(stem)
    _may_delete(table)
    key = editing.key_of(table, request.args)
    _readable(table, key)
    return jsonify(editing.delete(graph(), table, key, g.user["name"], _backups()))


# ---------------------------------------------------------------------------------------
def _render(table, values: dict, existing: bool, problems=()):
    by_column: dict[str, list] = {}
    for p in problems:
        by_column.setdefault(p.column or "", []).append(p)
    names = _names(values.get(c.name) for c in table.columns if c.references)
    fields = [_field(table, c, values.get(c.name), existing, by_column.get(c.name, []), names) for c in table.columns]
    if table.spec.is_node:  # a new node's id is made by Tsunagu; an existing one's is shown, not changed
        fields = [f for f in fields if f["name"] != "id" or existing]
    return render_template("edit.html", table=table, fields=fields, existing=existing, problems=list(problems),
                           title=gettext(table.title), back=editing.page_of(table, values) if existing or
                           not table.spec.is_node else None,
                           key={k: values.get(k) for k in table.spec.key}, may_delete=_deletable(table))


def _field(table, column, value, existing: bool, problems: list, names: dict) -> dict:
    family, codes = coded(table.spec, column)
    field = {"name": column.name, "title": gettext(COLUMN_TITLES.get(column.name, column.name)), "required": column.required,
             "value": "" if value is None else str(value), "problems": problems, "type": column.type,
             "readonly": existing and column.name in table.spec.key, "options": None, "suggest": None,
             "hidden": column.name in table.admin_only and g.user["role"] != "admin",
             "shows": names.get(value) if column.references and value else None}
    if codes:
        field["options"] = [(str(code), labels.label(family, code) if family else code) for code in codes]
    elif column.references:
        target = column.references.split("|")[0]
        if target == "Person":
            field["suggest"] = "Person"
        elif target in CHOICES:
            field["options"] = [(r["id"], r["name"]) for r in CHOICES[target](graph())]
            field["list"] = target in ("Group", "Collaboration")  # many: typed, with suggestions
    return field


def _by_name(table, values: dict) -> dict:
    """A person or a group typed by name where an id is asked (「田中 美和子」): its id, when
    exactly one has that name (a person only if this reader may see them named)."""
    found = dict(values)
    for column in table.columns:
        typed = str(found.get(column.name) or "").strip()
        targets = (column.references or "").split("|")
        if not typed or targets[0] not in ("Person", "Group") or graph().read(
                "analysis/node_labels", id=typed, labels=targets):
            continue
        seen = [i for label in targets for i in ids_by_name(graph(), label, [typed]).get(fold(typed), ())]
        if len(seen) == 1:
            found[column.name] = seen[0]
    return found


def _started(table, before: dict | None, row: dict) -> bool:
    """A collaboration that has just begun (from 構想, or new, to 立ち上げ中 or 活動中)."""
    return table.stem == "collaborations" and row.get("status") in STARTED \
        and (before is None or before.get("status") not in STARTED)


def _say_who_to_tell(collaboration: str) -> None:
    concerned = present(graph(), departments.who_to_tell(graph(), collaboration))["departments"]
    if concerned:
        notices.say(_("協働が始まりました。知らせる部署: %(departments)s(このページの「知らせる部署」に、メールに貼る文があります)。",
                      departments="、".join(i["department"]["label"] for i in concerned)))


def _name(table, row: dict) -> str:
    if row.get("name"):
        return row["name"]
    names = _names(row.get(k) for k in table.spec.key)
    shown = [names[row[k]] for k in table.spec.key if row.get(k) in names]
    return " / ".join(shown) if shown else gettext(table.title)


def _names(ids) -> dict[str, str]:
    """The names of the nodes with these ids as this reader may see them (a person they may not
    see named is 「非公開の人」)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    return {r["id"]: r["name"] if r["visibility"] is None or graph().reader.may_name(r["visibility"])
            else gettext(ANONYMOUS) for r in graph().read("edit/names", ids=wanted)}


def _ties(found: dict) -> list[tuple[str, int]]:
    return [(labels.label("tie", kind), count) for kind, count in found.get("ties") or []]


def _readable(table, row: dict | None) -> dict | None:
    """A row naming a person the reader may not see named is, to them, not there: not shown
    (nor that person's real id), not changed."""
    if row is None:
        return None
    people = [row.get(c.name) for c in table.spec.columns
              if row.get(c.name) and ("Person" in (c.references or "").split("|") or (table.stem == "people" and c.name == "id"))]
    hidden = people and graph().read("edit/names", ids=people)
    if hidden and any(r["visibility"] is not None and not graph().reader.may_name(r["visibility"]) for r in hidden):
        raise ApiError(404, "not_found", "その行は見つかりません。", parameter=table.spec.key[0])
    return row


def _deletable(table) -> bool:
    return table.stem != "people" and (not table.spec.is_node or g.user["role"] == "admin")


def _may_delete(table) -> None:
    if table.stem == "people":  # with what goes, the name typed, names forgotten in answers: its own page
        raise ApiError(400, "use_person_page", "人の削除は、その人のページの「この人を削除する」から行ってください。")
    if not _deletable(table):
        raise ApiError(403, "forbidden", "団体・人・イベント・協働を削除できるのは管理者だけです。")


def _backups() -> Path:
    return Path(current_app.config["TSUNAGU_HOME"]) / "backups"
