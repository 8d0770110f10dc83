"""Read a folder of template CSV files into rows keyed by the template's column names.

Headers may use the Japanese aliases of service/template.py; values stay text here and are
typed by service/importer/convert.py.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ..template import FILES, TemplateFile


@dataclass
class Sheet:
    """One file (or workbook sheet) of an import: its rows as {column: text}, with line numbers."""
    spec: TemplateFile
    source: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]


def read_folder(folder: Path) -> list[Sheet]:
    """Every template file present in `folder`, in template order (nodes before ties)."""
    sheets = []
    for spec in FILES:
        path = Path(folder) / f"{spec.stem}.csv"
        if path.exists():
            sheets.append(read_csv(path, spec))
    return sheets


def read_csv(path: Path, spec: TemplateFile) -> Sheet:
    text = path.read_bytes().decode("utf-8-sig")
    reader = csv.reader(text.splitlines())
    header = next(reader, [])
    names = [canonical_column(spec, h) for h in header]
    rows = []
    for line_number, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        rows.append((line_number, {n: v.strip() for n, v in zip(names, values) if n}))
    return Sheet(spec, path.name, header, rows)


def canonical_column(spec: TemplateFile, header: str) -> str | None:
    """The template name of a header cell ('氏名' → 'name'), or the header itself if unknown."""
    cleaned = header.strip().lstrip("\ufeff")
    for column in spec.columns:
        if cleaned.lower() == column.name or cleaned in column.aliases:
            return column.name
    return cleaned or None
