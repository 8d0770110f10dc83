"""The lists a coordinator chooses from — areas, themes, capabilities, groups — in the order a person
reads them: numbers as numbers (地区2 before 地区10, 3丁目 before 12丁目, full-width digits
too), which Neo4j's ORDER BY (code point by code point) does not give. Areas come in their
levels' order (地域, then 地区, then 町丁) and, within a level, in the order of the file they
were imported from (the ward's own order: kanji in code-point order read as no order at all);
only areas without one (added another way) by name."""
from __future__ import annotations

import re
import unicodedata

_NUMBER = re.compile(r"(\d+)")


def reading_order(name: str | None) -> list:
    """A sort key: the text between numbers, and each number's value ('大泉学園町１０丁目' →
    ['大泉学園町', 10, '丁目']); text and numbers alternate, so two keys always compare."""
    parts = _NUMBER.split(unicodedata.normalize("NFKC", name or ""))
    return [int(part) if index % 2 else part for index, part in enumerate(parts)]


def by_name(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda row: (reading_order(row["name"]), row["id"]))


def areas(graph) -> list[dict]:
    """Every area (id, name, level, parent, position), each level in the file's order."""
    rows = graph.read("pages/areas")
    level_rank: dict = {}
    for index, row in enumerate(rows):
        level_rank.setdefault(row["level"], index)
    unplaced = float("inf")
    return sorted(rows, key=lambda row: (level_rank[row["level"]], unplaced if row["position"] is None else row["position"],
                                         reading_order(row["name"]), row["id"]))


def themes(graph) -> list[dict]:
    return by_name(graph.read("pages/themes"))


def capabilities(graph) -> list[dict]:
    return by_name(graph.read("collect/capabilities"))


def groups(graph) -> list[dict]:
    return by_name(graph.read("edit/group_choices"))
