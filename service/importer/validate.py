"""Check every sheet of an import and type its values; report ALL problems at once.

Nothing is written while a single problem remains: the caller writes only a clean result.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterator

from .. import labels
from ..template import BY_STEM, Column, TemplateFile
from ..lang import _
from ..search import fold
from .convert import ConversionError, convert
from .problems import Problem, problem
from .read import Reading, Sheet

# label → ids among `ids` that the database already holds
ExistingIds = Callable[[str, list[str]], set[str]]
# label → {folded name: ids} of the nodes the database holds with one of `names` (search.fold:
# 「髙橋　誠」 is 「高橋誠」)
ExistingNames = Callable[[str, list[str]], dict[str, set[str]]]
SUFFIXES = {"Area": ("地域", "地区")}  # data: 「光が丘」 for 光が丘地域 when only one is meant


@dataclass
class Checked:
    batches: list[tuple[TemplateFile, list[dict]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(len(rows) for _, rows in self.batches)


def check(reading: Reading, existing: ExistingIds, existing_names: ExistingNames | None = None) -> Checked:
    """Every problem of every sheet at once. A row with a problem still declares its id, so
    that the rows referring to it get no knock-on problem, and its references are checked
    too; anything may be referred to by its name instead of its id (a group by the name its
    page shows), when only one thing of that kind has it."""
    result = Checked(problems=list(reading.problems))
    result.batches = list(checked_sheets(reading, existing, existing_names, result.problems))
    return result


def checked_sheets(reading: Reading, existing: ExistingIds, existing_names: ExistingNames | None,
                   problems: list[Problem]) -> Iterator[tuple[TemplateFile, list[dict]]]:
    """Each sheet's typed rows, as soon as they are final, in template order; its problems
    are added to `problems`. A sheet refers only to its own ids (an area's parent) and to
    node files that come before it, so its references are settled when it is reached: an
    import can write one sheet while the next is being checked (run.py)."""
    defined: dict[str, set[str]] = defaultdict(set)
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # folded
    written: dict[str, set[str]] = defaultdict(set)  # the names as the file has them, to suggest
    for sheet in reading.sheets:
        references = []  # (labels, id, file, row, column, the row's values)
        rows = _check_sheet(sheet, problems, references)
        if sheet.spec.is_node:
            for _row_number, raw in sheet.rows:
                found = str(raw.get("id") or "").strip()
                if found:
                    defined[sheet.spec.label].add(found)
                    if raw.get("name"):
                        names[sheet.spec.label][fold(str(raw["name"]))].add(found)
                        written[sheet.spec.label].add(str(raw["name"]).strip())
        _check_references(references, defined, names, written, existing, existing_names or (lambda _l, _n: {}),
                          problems)
        if sheet.spec.stem == "areas":
            rows = _parents_first(rows)  # after the references: a parent given by name is its id now
        yield sheet.spec, rows


def _check_sheet(sheet: Sheet, problems: list[Problem], references: list) -> list[dict]:
    spec = sheet.spec
    present = {c for c in (_canonical(spec, h) for h in sheet.header) if c}
    missing = [c.name for c in spec.columns if c.required and c.name not in present]
    for name in missing:
        problems.append(problem("missing_column", sheet.source, 1, name))
    for row_number, column, formula in sheet.formulas:
        problems.append(problem("formula", sheet.source, row_number, column, formula))
    formula_cells = {(r, c) for r, c, _ in sheet.formulas}
    seen: dict[tuple, int] = {}
    typed_rows = []
    for row_number, raw in sheet.rows:
        typed, ok = {}, True
        for column in spec.columns:
            if column.name in missing:
                ok = False
                continue
            value = raw.get(column.name)
            if (row_number, column.name) in formula_cells:
                ok = False
                continue
            typed_value, found = _check_cell(sheet, row_number, column, value)
            if found:
                problems.append(found)
                ok = False
            typed[column.name] = typed_value
            if column.references and typed_value:  # checked even when another cell is wrong
                references.append((tuple(column.references.split("|")), typed_value, sheet.source, row_number,
                                   column.name, typed))
        if not ok:
            continue
        key = _key(spec, typed)
        if key in seen:
            problems.append(problem("duplicate", sheet.source, row_number, ",".join(spec.key),
                                    " / ".join(map(str, key)) + " (= " + _("%(row)s行目", row=seen[key]) + ")"))
            continue
        seen[key] = row_number
        if spec.stem == "knows" and typed["person_id"] == typed["other_id"]:
            problems.append(problem("self_tie", sheet.source, row_number, "other_id", typed["other_id"]))
            continue
        if spec.keeps_order:
            typed["position"] = row_number
        if "source" in columns_of(spec) and not typed.get("source"):
            typed["source"] = f"import {sheet.source} row {row_number}"
        typed_rows.append(typed)
    return typed_rows


def columns_of(spec) -> set[str]:
    return {c.name for c in spec.columns}


def _check_cell(sheet: Sheet, row_number: int, column: Column, value):
    try:
        typed = convert(value, column.type)
    except ConversionError as err:
        return None, problem(err.code, sheet.source, row_number, column.name, value)
    if typed is None:
        if column.required:
            return None, problem("empty", sheet.source, row_number, column.name)
        return None, None
    if column.choices and typed not in column.choices:
        code = labels.code_for(column.choices, str(typed))
        if code is None:
            near = labels.closest(column.choices, str(typed))
            return None, problem("choice_near" if near else "choice", sheet.source, row_number, column.name, value,
                                 choices=labels.choices_text(column.choices), **({"near": near} if near else {}))
        typed = code
    elif column.suggested:
        typed = labels.code_for(tuple(labels.NAMES[column.suggested]), str(typed)) or typed
    low_high = sheet.spec.ranges.get(column.name)
    if low_high and not low_high[0] <= typed <= low_high[1]:
        return None, problem("range", sheet.source, row_number, column.name, value,
                             low=low_high[0], high=low_high[1])
    return typed, None


def _check_references(references, defined, names, written, existing: ExistingIds, existing_names: ExistingNames,
                      problems) -> None:
    unresolved: dict[str, set[str]] = defaultdict(set)
    for labels_, ref, *_where in references:
        if not any(ref in defined[label] for label in labels_):
            for label in labels_:
                unresolved[label].add(ref)
    in_database = {label: existing(label, sorted(ids)) for label, ids in unresolved.items()}
    named_in_database = {label: existing_names(label, sorted(_written_names(label, ids - in_database[label])))
                         for label, ids in unresolved.items()}
    for labels_, ref, source, row_number, column, typed in references:
        if any(ref in defined[label] or ref in in_database.get(label, ()) for label in labels_):
            continue
        meant = set()
        for label in labels_:
            for name in map(fold, _written_names(label, [ref])):  # the name itself first
                meant |= names[label].get(name, set()) | named_in_database.get(label, {}).get(name, set())
                if meant:
                    break
        if len(meant) == 1:
            typed[column] = meant.pop()  # a name where an id was expected: its id
            continue
        in_workbook = source.endswith("]")  # 「event.xlsx[memberships]」: the sheet's name, not a CSV file's
        target = " / ".join(BY_STEM[_FILE_OF[label]].title if in_workbook else _FILE_OF[label] + ".csv" for label in labels_)
        if meant:
            problems.append(problem("ambiguous_name", source, row_number, column, ref, ids=", ".join(sorted(meant))))
            continue
        near = difflib.get_close_matches(ref, [w for label in labels_ for w in (*defined[label], *written[label])],
                                         n=1, cutoff=0.5)
        problems.append(problem("reference_near" if near else "reference", source, row_number, column, ref,
                                target=target, **({"near": near[0]} if near else {})))


def _written_names(label: str, given) -> list[str]:
    """The names `given` may stand for, in the order they are tried: itself, then for an area
    with 地域 and then 地区 after it (「光が丘」 is 光が丘地域 when both exist)."""
    return [f"{name}{suffix}" for name in given for suffix in ("", *SUFFIXES.get(label, ()))]


def _parents_first(rows: list[dict]) -> list[dict]:
    """Areas ordered so that a parent is written before its children (one UNWIND sees them)."""
    by_id = {r["id"]: r for r in rows}
    ordered, placed = [], set()

    def place(row, trail=()):
        if row["id"] in placed or row["id"] in trail:
            return
        parent = by_id.get(row.get("parent_id"))
        if parent is not None:
            place(parent, trail + (row["id"],))
        placed.add(row["id"])
        ordered.append(row)

    for row in rows:
        place(row)
    return ordered


def _key(spec: TemplateFile, typed: dict) -> tuple:
    key = tuple(typed.get(k) for k in spec.key)
    if spec.stem == "knows":  # undirected: (a, b) and (b, a) are the same tie
        return tuple(sorted(map(str, key)))
    return key


def _canonical(spec, header):
    from .read import canonical_column
    return canonical_column(spec, header)


_FILE_OF = {"Person": "people", "Group": "groups", "Collaboration": "collaborations",
            "Event": "events", "Area": "areas", "Capability": "capabilities", "Theme": "themes"}
