"""One data function, two answers: the HTML page and its JSON twin (`/api/...`).

Both return the same dict — the template renders it, the twin serialises it — so they cannot
drift apart. The dict may hold node references (service/analysis/refs.py): they are named
here, for the reader, before anything is shown (service/privacy.present). Lists in it
download with `?format=csv` (UTF-8 with BOM, for Excel) or `?format=json`, choosing the list
with `&list=NAME` when a page has several.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable

from flask import Blueprint, Response, jsonify, render_template, request, url_for

from .. import audit, lang, params
from ..db import graph
from ..errors import ApiError
from ..export import csv_bytes
from ..labels import shown
from ..lang import N_
from ..privacy import present

ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # a moment (not a day): shown in Japan time

FORMATS = ("csv", "json")


@dataclass(frozen=True)
class Table:
    """A downloadable list: its title, (key, Japanese header) columns and the rows taken
    from the data (both in Japanese, translated when shown)."""
    title: str
    columns: tuple[tuple[str, str], ...]
    rows: Callable[[dict], list[dict]]


def register(bp: Blueprint, rule: str, api_rule: str, template: str,
             tables: dict[str, Table] | None = None, roles: tuple[str, ...] | None = None,
             named: Callable[[dict], dict] | None = None, by_version: bool = False) -> Callable:
    """Serve the decorated `build(**view_args) -> dict` at `rule` (HTML) and `api_rule` (JSON),
    to every signed-in user or only to `roles`; `named(data)` adds what needs the names
    (a sentence naming groups) once they are applied. `by_version`: the answer depends only
    on today's network, so its twin is tagged by version (service/etags.py)."""
    tables = tables or {}

    def decorator(build: Callable[..., dict]) -> Callable[..., dict]:
        name = build.__name__

        def page(**view_args):
            data = _named(build(**view_args), named)
            download = _download(data, tables, name)
            if download is not None:
                return download
            return render_template(
                template, data=data, lang=lang.current(), page=name,
                json_twin=url_for(f"{bp.name}.{name}_json", **view_args, **_args()),
                downloads=[(key, table.title, url_for(f"{bp.name}.{name}", **view_args, **_args(), list=key))
                           for key, table in tables.items()])

        def twin(**view_args):
            data = _named(build(**view_args), named)
            download = _download(data, tables, name)
            return jsonify(data) if download is None else download

        page.roles = twin.roles = roles
        twin.by_version = by_version
        page.tables = twin.tables = tables  # what downloads there are (tests walk them)
        bp.add_url_rule(rule, name, page)
        bp.add_url_rule(api_rule, f"{name}_json", twin)
        return build

    return decorator


def _named(data: dict, named: Callable[[dict], dict] | None) -> dict:
    shown = present(graph(), data)
    return named(shown) if named else shown


def _args() -> dict:
    """The request's own parameters for links to its twin and downloads."""
    return params.for_links(("format", "list", "lang"))


def _download(data: dict, tables: dict[str, Table], name: str) -> Response | None:
    fmt = params.choice("format", FORMATS)
    if fmt is None:
        return None
    if not tables:
        return None if fmt == "json" else _no_list(name)
    which = params.choice("list", tuple(tables)) or next(iter(tables))
    table = tables[which]
    rows = table.rows(data)
    filename = f"tsunagu-{name}-{which}.{fmt}"
    target = next(iter(request.view_args.values()), None) if request.view_args else None
    audit.record(graph(), "download", target=target, detail=filename)
    if fmt == "csv":
        header = [lang.gettext(title) for _, title in table.columns]
        body = csv_bytes(header, [[_cell(key, row.get(key)) for key, _ in table.columns] for row in rows])
        mimetype = "text/csv; charset=utf-8"
    else:
        body = json.dumps([{key: row.get(key) for key, _ in table.columns} for row in rows],
                          ensure_ascii=False, indent=1).encode("utf-8")
        mimetype = "application/json; charset=utf-8"
    return Response(body, mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _no_list(name: str):
    raise ApiError(400, "bad_parameter", "このページには CSV で取り出せる一覧がありません。", name=name, parameter="format")


def _cell(column: str, value):
    """A value as a person reads it in Excel: codes by their labels (地縁, 活動中), yes/no in
    words, times in the ward's clock; lists joined. (The JSON download keeps the codes.)"""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(str(_cell(column, v)) for v in value if v is not None)  # format: a list in one cell
    if isinstance(value, bool):
        return lang.gettext(N_("はい")) if value else lang.gettext(N_("いいえ"))
    if isinstance(value, str) and ISO_TIME.match(value):
        return lang.format_time(value)
    return shown(column, value) if isinstance(value, (str, int)) else value
