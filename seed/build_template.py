"""Writes the blank import template into seed/template/: one CSV per file (header only,
UTF-8 with BOM), tsunagu-template.xlsx (the workbook the upload page offers, here without the
lists of a network's own areas, themes and capabilities) and README.md, the column reference.

    python seed/build_template.py      (run after changing service/template.py)
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import template_workbook  # noqa: E402
from service.export import csv_bytes  # noqa: E402
from service.template import FILES  # noqa: E402

OUT = ROOT / "seed" / "template"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for spec in FILES:
        (OUT / f"{spec.stem}.csv").write_bytes(csv_bytes([c.name for c in spec.columns], []))
    os.environ["LC_ALL"] = "ja_JP.UTF-8"  # the workbook's words in Japanese
    (OUT / "tsunagu-template.xlsx").write_bytes(template_workbook.build())
    (OUT / "README.md").write_text(markdown(), encoding="utf-8")


def markdown() -> str:
    lines = ["# Import template / 取り込みテンプレート", "",
             "Written by `seed/build_template.py` from `service/template.py` (do not edit by hand).",
             "A folder of these CSV files (UTF-8, UTF-8 with BOM or Shift_JIS), a .zip of them, or one",
             "workbook with a sheet per file (`tsunagu-template.xlsx`). Any file may be missing; ids",
             "that rows refer to must exist in the import or already in the database. Rows whose first",
             "cell starts with 「(例)」 are examples and are not imported.", "",
             "| file | column | required | aliases | values |", "|---|---|---|---|---|"]
    for spec in FILES:
        for column in spec.columns:
            values = ", ".join(column.choices) or {"date": "date (2024-04-01, 2024/4/1, 令和6年4月1日)",
                                                   "int": "integer", "bool": "true / false"}.get(column.type, "text")
            if column.name in spec.ranges:
                low, high = spec.ranges[column.name]
                values = f"integer {low}–{high}"
            if column.references:
                values = f"id of {column.references}"
            lines.append(f"| `{spec.stem}.csv` | `{column.name}` | {'yes' if column.required else ''} | "
                         f"{', '.join(column.aliases)} | {values} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
