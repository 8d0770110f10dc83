"""Data out: the whole graph in the import template, as CSV files (UTF-8 with BOM, so Excel
opens them) and as one .xlsx workbook. Importing an export gives back the same graph.

A cell that starts with =, +, - or @ is written with a leading apostrophe so that Excel shows
it as text instead of running it as a formula; the importer takes the apostrophe off again.
"""
from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from pathlib import Path

from .template import BY_STEM, FILES

FORMULA_STARTS = ("=", "+", "-", "@")
STABLE_TIME = (1980, 1, 1, 0, 0, 0)  # every zip entry's date: equal content, equal bytes
_CORE_TIMES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def export_rows(graph) -> dict[str, tuple[list[str], list[list]]]:
    """stem → (header, rows) for every template file, read in one transaction."""
    tables = {}
    with graph.transaction(write=False) as tx:
        for spec in FILES:
            header = [c.name for c in spec.columns]
            tables[spec.stem] = (header, [[_cell(row[name]) for name in header]
                                          for row in tx.run(f"export/{spec.stem}", of=None)])
    return tables


def write_dir(tables: dict, folder: Path) -> list[Path]:
    """One CSV per file plus tsunagu.xlsx (each readable by its owner only: they hold names);
    returns the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    paths = []
    for stem, (header, rows) in tables.items():
        path = folder / f"{stem}.csv"
        write_private(path, csv_bytes(header, rows))
        paths.append(path)
    workbook = folder / "tsunagu.xlsx"
    write_private(workbook, xlsx_bytes(tables))
    paths.append(workbook)
    return paths


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` with mode 0600 (also when the file was there before)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(data)


def zip_bytes(tables: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for stem, (header, rows) in tables.items():
            archive.writestr(entry(f"{stem}.csv"), csv_bytes(header, rows))
        archive.writestr(entry("tsunagu.xlsx"), xlsx_bytes(tables))
    return buffer.getvalue()


def csv_bytes(header: list[str], rows: list[list]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[neutralise(v) for v in row] for row in rows])
    return text.getvalue().encode("utf-8-sig")


def xlsx_bytes(tables: dict) -> bytes:
    """The export as one workbook for Excel: a sheet per file with the template's Japanese
    headers, and codes in the words the site shows (「地縁」, not chien; はい/いいえ), with
    drop-down lists of those words, as in the import template — the importer reads them back
    to the same codes, so it imports again as it is. The CSV files keep the codes. The same
    tables give the same bytes."""
    from openpyxl import Workbook
    from .template_workbook import header, with_lists, words
    workbook = Workbook()
    workbook.remove(workbook.active)
    for stem, (names, rows) in tables.items():
        by_name = {column.name: column for column in BY_STEM[stem].columns}
        columns = [by_name[name] for name in names]
        shown_as = [words(BY_STEM[stem], column) for column in columns]
        sheet = workbook.create_sheet(BY_STEM[stem].title)
        sheet.append([header(column) for column in columns])
        numbers = [column.type == "int" for column in columns]  # a number cell, not text Excel flags
        for row in rows:
            sheet.append([int(value) if number and re.fullmatch(r"-?[0-9]+", value)
                          else neutralise(shown.get(value, value) if shown else value)
                          for shown, number, value in zip(shown_as, numbers, row)])
        for cell in sheet[1]:
            cell.data_type = "s"
    with_lists(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return stable(buffer.getvalue())


def stable(xlsx: bytes) -> bytes:
    """The same workbook with no time in it (the core properties' created and modified, each
    zip entry's date), so that equal content gives equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename == "docProps/core.xml":
                data = _CORE_TIMES.sub(rb"\g<1>2000-01-01T00:00:00Z\g<3>", data)
            target.writestr(entry(member.filename), data)
    return out.getvalue()


def entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with no time in it, compressed, readable by its owner only."""
    info = zipfile.ZipInfo(name, date_time=STABLE_TIME)
    info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
    return info


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value):
    if value is None:
        return ""
    return str(value) if not isinstance(value, str) else value
