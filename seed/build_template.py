"""Writes the blank import template into seed/template/: one CSV per file (header only,
UTF-8 with BOM) and tsunagu-template.xlsx with a sheet per file and an instructions sheet.

    python seed/build_template.py      (run after changing service/template.py)
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.export import csv_bytes, xlsx_bytes  # noqa: E402
from service.template import FILES  # noqa: E402

OUT = ROOT / "seed" / "template"


def instructions() -> list[list[str]]:
    lines = [["つなぐ 取り込みテンプレート / Tsunagu import template"],
             ["シート名がファイル名です。不要なシートは削除してかまいません。1行目の列名は変えないでください(日本語の別名も使えます)。"],
             ["Each sheet is one file of the template; delete the ones you do not need. Keep the header row (Japanese aliases are accepted)."],
             ["日付は 2024-04-01、2024/4/1、令和6年4月1日 のいずれでも入力できます。数式ではなく値を入力してください。"],
             ["Dates: 2024-04-01, 2024/4/1 or 令和6年4月1日. Enter values, not formulas."],
             [],
             ["sheet / シート", "columns (* required) / 列(* は必須)", "aliases / 別名", "allowed values / 使える値", "what / 内容"]]
    for spec in FILES:
        for column in spec.columns:
            lines.append([spec.stem, column.name + (" *" if column.required else ""),
                          ", ".join(column.aliases), ", ".join(column.choices)
                          or {"date": "date / 日付", "int": "integer / 整数", "bool": "true / false"}.get(column.type, ""),
                          spec.help if column is spec.columns[0] else ""])
    return lines


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    tables = {}
    for spec in FILES:
        header = [c.name for c in spec.columns]
        (OUT / f"{spec.stem}.csv").write_bytes(csv_bytes(header, []))
        tables[spec.stem] = (header, [])
    (OUT / "tsunagu-template.xlsx").write_bytes(xlsx_bytes(tables, instructions()))
    (OUT / "README.md").write_text(markdown(), encoding="utf-8")


def markdown() -> str:
    lines = ["# Import template / 取り込みテンプレート", "",
             "Written by `seed/build_template.py` from `service/template.py` (do not edit by hand).",
             "A folder of these CSV files (UTF-8, UTF-8 with BOM or Shift_JIS), a .zip of them, or one",
             "workbook with a sheet per file (`tsunagu-template.xlsx`). Any file may be missing; ids",
             "that rows refer to must exist in the import or already in the database.", "",
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
