"""Read an import — a folder of CSV files, a .zip of them, or one .xlsx workbook — into sheets.

Headers may use the Japanese aliases of service/template.py. CSV files may be UTF-8 (with
or without BOM) or Shift_JIS as Excel writes it (cp932, which includes 髙 and 﨑). Problems
found while reading (unreadable, too large, formulas, unknown files) are collected, not raised.
"""
from __future__ import annotations

import csv
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..template import BY_SHEET, BY_STEM, EXAMPLE_MARK, FILES, TemplateFile
from ..lang import _
from .problems import Problem, problem

NEUTRALISED = ("'=", "'+", "'-", "'@")
INSTRUCTION_SHEETS = ("説明", "使い方", "選択肢", "instructions", "README")  # data: sheets a workbook may explain itself in
XLSX_EXPANSION = 8   # a workbook's XML may be this many times the import limit (it compresses well)
UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError)


@dataclass
class Sheet:
    """One file (or workbook sheet): rows as (spreadsheet row number, {column: value})."""
    spec: TemplateFile
    source: str
    header: list[str]
    rows: list[tuple[int, dict]]
    formulas: list[tuple[int, str, str]] = field(default_factory=list)  # row, column, formula


@dataclass
class Reading:
    sheets: list[Sheet]
    problems: list[Problem]


def read_path(path: Path, max_bytes: int) -> Reading:
    """Dispatch on what `path` is: a folder, a .zip or an .xlsx file."""
    path = Path(path)
    if path.is_dir():
        files = {p.name: p.read_bytes for p in sorted(path.iterdir()) if p.is_file()}
        return _read_named_files({n: (lambda f=f: f()) for n, f in files.items()},
                                 {n: (path / n).stat().st_size for n in files}, max_bytes)
    if not path.exists():
        return Reading([], [problem("unreadable", path.name, value=str(path))])
    if path.stat().st_size > max_bytes:
        return Reading([], [problem("too_large", path.name, value=f"{path.stat().st_size // 1_000_000} MB")])
    return read_bytes(path.name, path.read_bytes(), max_bytes)


def read_bytes(name: str, data: bytes, max_bytes: int) -> Reading:
    """An upload: a .zip of CSV files, an .xlsx workbook, or a single CSV file."""
    if len(data) > max_bytes:
        return Reading([], [problem("too_large", name, value=f"{len(data) // 1_000_000} MB")])
    lower = name.lower()
    if lower.endswith(".xlsx") or (data[:2] == b"PK" and _is_xlsx(data)):
        return read_xlsx(name, data, XLSX_EXPANSION * max_bytes)
    if lower.endswith(".zip") or data[:2] == b"PK":
        return _read_zip(name, data, max_bytes)
    if lower.endswith(".csv"):
        return _read_named_files({PurePosixPath(name).name: lambda: data}, {name: len(data)}, max_bytes)
    return Reading([], [problem("unreadable", name)])


def read_xlsx(name: str, data: bytes, max_expanded: int) -> Reading:
    """A workbook, bounded by what it expands to (its XML), not by its file size: a small
    file can unpack to gigabytes. A damaged one (bad checksums, false sizes) is unreadable."""
    try:
        expanded = sum(member.file_size for member in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return Reading([], [problem("unreadable", name)])
    if expanded > max_expanded:
        return Reading([], [problem("too_large", name, value=_("%(size)s MB(展開後)", size=expanded // 1_000_000))])
    try:
        return _read_workbook(name, data)
    except Exception:  # openpyxl and zipfile raise many kinds for a damaged file
        return Reading([], [problem("unreadable", name)])


def _read_workbook(name: str, data: bytes) -> Reading:
    from openpyxl import load_workbook
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    sheets, problems = [], []
    for spec in FILES:
        both = [title for title in (spec.title, spec.stem) if title in workbook.sheetnames]
        if not both:
            continue
        found = both[0]
        if len(both) == 2:  # 「人」 and 「people」: which one is meant? (nothing is read of either twice)
            problems.append(problem("duplicate_sheet", f"{name}[{spec.title}]"))
            continue
        rows_iter = workbook[found].iter_rows()
        header_cells = next(rows_iter, ())
        header = ["" if c.value is None else str(c.value) for c in header_cells]
        names = [canonical_column(spec, h) for h in header]
        source = f"{name}[{found}]"
        sheet = Sheet(spec, source, header, [])
        for index, cells in enumerate(rows_iter, start=2):
            if cells and is_example(cells[0].value):
                continue
            row = {}
            for column, cell in zip(names, cells):
                if column is None:
                    continue
                value = cell.value
                if cell.data_type == "f":
                    sheet.formulas.append((index, column, str(value)))
                    value = None
                row[column] = _unneutralise(value)
            if any(v not in (None, "") for v in row.values()) or any(f[0] == index for f in sheet.formulas):
                sheet.rows.append((index, row))
        sheets.append(sheet)
    for sheet_name in workbook.sheetnames:
        if sheet_name not in BY_SHEET and sheet_name not in INSTRUCTION_SHEETS:
            problems.append(problem("unknown_file", f"{name}[{sheet_name}]"))
    workbook.close()
    return Reading(sheets, problems)


def read_csv_bytes(name: str, data: bytes, spec: TemplateFile) -> tuple[Sheet | None, list[Problem]]:
    text = decode(data)
    if text is None or "\x00" in text:
        return None, [problem("unreadable", name)]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
        names = [canonical_column(spec, h) for h in header]
        sheet = Sheet(spec, name, header, [])
        while True:
            first_line = reader.line_num + 1  # a quoted cell may span lines: cite the first
            values = next(reader, None)
            if values is None:
                break
            if not any(v.strip() for v in values) or (values and is_example(values[0])):
                continue
            sheet.rows.append((first_line, {n: _unneutralise(v.strip())
                                            for n, v in zip(names, values) if n}))
    except csv.Error:
        return None, [problem("unreadable", name)]
    return sheet, []


def is_example(first_cell) -> bool:
    """A row the template marks as an example (「(例)」, in 半角 or 全角 brackets): not data."""
    import unicodedata
    return isinstance(first_cell, str) and unicodedata.normalize("NFKC", first_cell.strip()).startswith(EXAMPLE_MARK)


def decode(data: bytes) -> str | None:
    """UTF-8 (BOM or not), else cp932 — Excel's 'CSV' on Japanese Windows."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def canonical_column(spec: TemplateFile, header) -> str | None:
    """The template name of a header cell ('氏名' → 'name'), or the cleaned header if unknown."""
    cleaned = str(header or "").strip().lstrip("\ufeff")
    for column in spec.columns:
        if cleaned.lower() == column.name or cleaned in column.aliases:
            return column.name
    return cleaned or None


# ---------------------------------------------------------------------------------------
def _read_named_files(files: dict, sizes: dict, max_bytes: int) -> Reading:
    sheets, problems = [], []
    by_stem = {}
    for name in files:
        stem = PurePosixPath(name).stem
        if not name.lower().endswith(".csv"):
            continue
        if stem not in BY_STEM:
            problems.append(problem("unknown_file", name))
            continue
        by_stem[stem] = name
    for spec in FILES:
        name = by_stem.get(spec.stem)
        if name is None:
            continue
        if sizes.get(name, 0) > max_bytes:
            problems.append(problem("too_large", name, value=f"{sizes[name] // 1_000_000} MB"))
            continue
        try:
            data = files[name]()
        except _TooLarge:
            problems.append(problem("too_large", name, value=f"> {max_bytes // 1_000_000} MB"))
            continue
        except UNREADABLE:  # a zip member with a bad checksum, a false size, an unknown method
            problems.append(problem("unreadable", name))
            continue
        sheet, found = read_csv_bytes(name, data, spec)
        problems.extend(found)
        if sheet is not None:
            sheets.append(sheet)
    return Reading(sheets, problems)


def _read_zip(name: str, data: bytes, max_bytes: int) -> Reading:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except zipfile.BadZipFile:
        return Reading([], [problem("unreadable", name)])
    files, sizes, problems = {}, {}, []
    for member in members:
        base = PurePosixPath(member.filename).name  # folders inside the zip are ignored
        if base.startswith((".", "__MACOSX")) or "__MACOSX" in member.filename:
            continue
        if base in files:  # two people.csv in two folders: which one is meant?
            problems.append(problem("duplicate_file", f"{name}/{member.filename}", value=base))
            continue
        files[base] = (lambda m=member: _read_member(archive, m, max_bytes))
        sizes[base] = member.file_size
    if problems:
        return Reading([], problems)
    if sum(sizes.values()) > max_bytes:
        return Reading([], [problem("too_large", name, value=f"{sum(sizes.values()) // 1_000_000} MB")])
    return _read_named_files(files, sizes, max_bytes)


class _TooLarge(Exception):
    pass


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, max_bytes: int) -> bytes:
    """A member's bytes, reading at most `max_bytes` whatever size its header claims."""
    with archive.open(member) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _TooLarge(member.filename)
    return data


def _is_xlsx(data: bytes) -> bool:
    try:
        return "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return False


def _unneutralise(value):
    """Export writes '=… as text so Excel does not run it; reading takes the quote off again."""
    if isinstance(value, str) and value.startswith(NEUTRALISED):
        return value[1:]
    return value
