"""The import template as a workbook that helps whoever fills it in Excel: a 「使い方」 sheet
first, one sheet per file with the Japanese header the importer accepts, a comment on each
header cell saying what goes there, drop-down lists (data validation) for every coded column
and for the areas, themes and capabilities already in the network, and example rows marked
「(例)」 that the importer passes over.

Everything here is derived from service/template.py (columns, choices, references) and
service/labels.py (the words the site shows), so a new column or code reaches the template
without editing this file. Workbooks are written byte for byte the same for the same content
(export.stable): no creation time, no zip timestamps — an export can be compared with the next.
"""
from __future__ import annotations

import io

from . import choices, labels
from .export import stable
from .lang import N_, _, gettext
from .template import EXAMPLE_MARK, EXAMPLES, FILES, TemplateFile

# What each column is called on forms and in the template's header comments (interface words).
COLUMN_TITLES = {
    "id": N_("ID"), "name": N_("名前"), "kana": N_("よみ(ふりがな)"), "visibility": N_("名前の公開範囲"),
    "kind": N_("種別"), "sector": N_("分野"), "intermediary": N_("中間支援組織"), "status": N_("状況"),
    "started": N_("始まった日"), "date": N_("日付"), "person_id": N_("人"), "other_id": N_("相手"),
    "group_id": N_("団体"), "collaboration_id": N_("協働"), "capability_id": N_("課題・強み"),
    "area_id": N_("地域"), "theme_id": N_("テーマ"), "role": N_("役割"), "since": N_("いつから"),
    "until": N_("いつまで"), "strength": N_("つながりの強さ"), "context": N_("出会った場・きっかけ"),
    "priority": N_("優先度(1が最も高い)"), "note": N_("メモ"), "level": N_("区分(地域・地区・町丁)"),
    "parent_id": N_("上位の地域"), "category": N_("分類"), "event_id": N_("イベント"),
    "department_id": N_("区の部署"), "target_id": N_("支援先(団体か協働)"), "program": N_("支援の内容"),
    "source": N_("出典(空欄なら取り込んだファイルと行)"), "confirmed": N_("確かめた日(空欄なら取り込んだ日)"),
}
FAMILIES = {("knows", "strength"): "strength"}  # words of a column that has neither choices nor suggested ones
LISTS = {"Area": choices.areas, "Theme": choices.themes, "Capability": choices.capabilities,
         "Group": choices.groups}  # offered by name in drop-down lists (people are not: names are not for every reader)
CHOICES_SHEET = "選択肢"  # data: a sheet name the importer passes over (service/importer/read.py)
HOW_TO_SHEET = "使い方"  # data: a sheet name the importer passes over


def header(column) -> str:
    """The header a coordinator reads: the column's first Japanese alias, else its name."""
    return column.aliases[0] if column.aliases else column.name


YES_NO = {"true": "はい", "false": "いいえ"}  # data: how a yes/no column is written (the importer takes them)


def words(spec: TemplateFile, column) -> dict | None:
    """code → the word the site shows (in the reader's language), for a column of choices
    (required or suggested) or yes/no, which the importer reads back to the code; None
    otherwise (a strength stays its number 1–3). An export writes its cells so."""
    if column.type == "bool":
        return YES_NO
    family, codes = coded(spec, column)
    if not (column.choices or column.suggested) or not family:
        return None
    return {str(code): labels.label(family, code) for code in codes}


def coded(spec: TemplateFile, column) -> tuple[str | None, tuple]:
    """The family of labels and the codes of a coded column, or (None, ())."""
    family = (FAMILIES.get((spec.stem, column.name)) or column.suggested
              or (labels.family_of(column.choices) if column.choices else None))
    if family:
        return family, tuple(column.choices or labels.NAMES[family])
    return None, tuple(column.choices)


def what_goes(spec: TemplateFile, column) -> str:
    """The header comment: what the column is and what to write, in the reader's language."""
    title = gettext(COLUMN_TITLES.get(column.name, column.name))
    lines = [f"{title}({column.name})" + (f" — {_('必須')}" if column.required else "")]
    family, codes = coded(spec, column)
    if family == "strength":
        lines.append(" / ".join(f"{code} = {labels.label(family, code)}" for code in codes))
    elif codes:
        lines.append(_("選べる値: %(values)s", values="、".join(labels.label(family, c) if family else c for c in codes)))
    if column.type == "date":
        lines.append(_("日付: 2024-04-01、2024/4/1、令和6年4月1日 のどれでも"))
    elif column.type == "bool":
        lines.append(_("はい か いいえ"))
    elif column.name in spec.ranges and family != "strength":
        low, high = spec.ranges[column.name]
        lines.append(_("%(low)s〜%(high)s の整数", low=low, high=high))
    if column.references:
        targets = column.references.split("|")
        sheets = "・".join(_sheet_of(t) for t in targets)  # format
        if set(targets) <= set(LISTS):
            lines.append(_("%(sheets)s シートの ID か名前(一覧から選べます)", sheets=sheets))
        else:
            lines.append(_("%(sheets)s シートの ID か名前(このファイルか、すでにつなぐにあるもの)", sheets=sheets))
    if column.name == "id" and spec.is_node:
        lines.append(_("ほかのシートから参照する短い記号(例: g-higashi)。一度決めたら変えないでください。"))
    return "\n".join(lines)


def listed(graph) -> dict[str, list[str]]:
    """The names of the areas, themes, capabilities and groups the network has, for the lists."""
    return {label: [row["name"] for row in rows(graph)] for label, rows in LISTS.items()}


def build(listed: dict[str, list[str]] | None = None) -> bytes:
    """The template workbook; `listed` gives the names offered for areas, themes and
    capabilities (what the network has: label → names)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    listed = {label: names for label, names in (listed or {}).items() if names}
    workbook = Workbook()
    how_to = workbook.active
    how_to.title = HOW_TO_SHEET
    for line in _how_to():
        how_to.append(line)
    how_to.column_dimensions["A"].width = 110
    how_to["A1"].font = Font(bold=True, size=14)
    bold, example_font = Font(bold=True), Font(italic=True, color="666666")
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    for spec in FILES:
        sheet = workbook.create_sheet(spec.title)
        sheet.append([header(c) for c in spec.columns])
        for index, column in enumerate(spec.columns, start=1):
            cell = sheet.cell(row=1, column=index)
            cell.font, cell.fill, cell.data_type = bold, header_fill, "s"
            comment = Comment(what_goes(spec, column), "つなぐ")  # data: the comments' author
            comment.width, comment.height = 320, 140
            cell.comment = comment
            sheet.column_dimensions[cell.column_letter].width = max(12, 2.2 * len(header(column)) + 4)
        for example in EXAMPLES.get(spec.stem, []):
            values = [example.get(c.name, "") for c in spec.columns]
            values[0] = f"{EXAMPLE_MARK}{values[0]}"
            sheet.append(values)
            for cell in sheet[sheet.max_row]:
                cell.font = example_font
        sheet.freeze_panes = "A2"
    with_lists(workbook, listed)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return stable(buffer.getvalue())


def with_lists(workbook, listed: dict[str, list[str]] | None = None) -> None:
    """Drop-down lists (data validation) on every coded column of the workbook's template
    sheets (the template's, or an export's), from a hidden 「選択肢」 sheet of the site's
    words; and for areas, themes and capabilities, the names in `listed`."""
    from openpyxl.worksheet.datavalidation import DataValidation
    lists = _choices_sheet(workbook, listed or {})
    for spec in FILES:
        if spec.title not in workbook.sheetnames:
            continue
        sheet = workbook[spec.title]
        last = max(5000, sheet.max_row + 1000)
        for index, column in enumerate(spec.columns, start=1):
            validation = _validation(spec, column, lists, DataValidation)
            if validation is not None:
                letter = sheet.cell(row=1, column=index).column_letter
                sheet.add_data_validation(validation)
                validation.add(f"{letter}2:{letter}{last}")


# ---------------------------------------------------------------------------------------
def _sheet_of(label: str) -> str:
    return next(spec.title for spec in FILES if spec.is_node and spec.label == label)


def _how_to() -> list[list[str]]:
    """The first sheet: how to fill the template, then each sheet with what goes in each column
    (the header comments again, for a tablet, where no mouse rests on a header)."""
    sheets = [[line] for spec in FILES for line in (
        f"{spec.title}: {spec.help}",
        *(f"    {header(column)}: " + what_goes(spec, column).replace("\n", " / ") for column in spec.columns))]
    return [[_("つなぐ 取り込みテンプレートの使い方")], [],
            [_("1. 必要なシートだけに書き込みます。使わないシートはそのまま(空のまま)か、削除してかまいません。")],
            [_("2. 1行目の見出しは変えないでください。見出しにマウスを置くと、何を書くかが出ます(このシートの下の一覧にも)。")],
            [_("3. 種別・分野・公開範囲などは一覧から選べます。画面に出る日本語でも、英語のコードでも取り込めます。")],
            [_("4. ほかのシートやつなぐにあるもの(団体・人・地域・テーマ・課題や強み…)は、ID の代わりに名前で書けます。同じ名前が二つ以上あるときだけ ID で。団体・地域などは一覧から選べます(いまつなぐにあるもの)。")],
            [_("5. 日付は 2024-04-01、2024/4/1、令和6年4月1日 のどれでも。数式ではなく値を入れてください。")],
            [_("6. 「(例)」で始まる灰色の行は記入例です。取り込むときは読み飛ばします(消しても残してもかまいません)。")],
            [_("7. できたらつなぐの「データの取り込み」でファイルを選びます。問題があれば、すべての問題と直し方を一度に示し、何も書き込みません。")],
            [_("8. 人の住所・電話・メールは書かないでください。名前の公開範囲は 公開してよい・区と関係者だけ・公開しない から選びます。")],
            [], [_("シートと列の一覧")], *sheets]


def _choices_sheet(workbook, listed: dict[str, list[str]]) -> dict:
    """A sheet with one column per list too long for a validation formula; returns what each
    validation refers to: (file stem, column) or label → "=選択肢!$A$2:$A$n"."""
    lists: dict = {}
    columns = [(("list", spec.stem, column.name), f"{spec.title}・{header(column)}",  # data: the sheet's and header's names
                [labels.label(family, c) if family else str(c) for c in codes])
               for spec in FILES for column in spec.columns for family, codes in [coded(spec, column)]
               if codes and family != "strength"]  # a strength is a number 1–3 (its words are in the comment)
    columns += [(label, _sheet_of(label), names) for label, names in sorted(listed.items())]
    sheet = workbook.create_sheet(CHOICES_SHEET)
    sheet.sheet_state = "hidden"
    for index, (key, title, values) in enumerate(columns, start=1):  # titled as the sheets and headers it serves
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.cell(row=1, column=index, value=title)
        for row, value in enumerate(values, start=2):
            sheet.cell(row=row, column=index, value=value)
        lists[key] = f"='{CHOICES_SHEET}'!${letter}$2:${letter}${len(values) + 1}"
    return lists


def _validation(spec: TemplateFile, column, lists: dict, DataValidation):
    family, codes = coded(spec, column)
    if codes and family != "strength":
        return DataValidation(type="list", formula1=lists[("list", spec.stem, column.name)], allow_blank=True,
                              errorStyle="warning", showErrorMessage=True, error=_("一覧にない値です。このまま取り込むと、直し方を示します。"))
    if column.type == "bool":
        return DataValidation(type="list", formula1='"' + ",".join(YES_NO.values()) + '"', allow_blank=True)
    if column.name in spec.ranges:
        low, high = spec.ranges[column.name]
        return DataValidation(type="whole", operator="between", formula1=str(low), formula2=str(high), allow_blank=True,
                              showErrorMessage=True, error=_("%(low)s〜%(high)s の整数を入れてください。", low=low, high=high))
    targets = (column.references or "").split("|")
    if column.references and len(targets) == 1 and targets[0] in lists:
        return DataValidation(type="list", formula1=lists[targets[0]], allow_blank=True, showErrorMessage=False)
    return None
