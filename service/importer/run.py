"""One import from start to end: read → check everything → write all or nothing."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from neo4j.exceptions import TransientError

from .. import schema
from .preview import changes
from .problems import Problem, problem
from .read import Reading, read_bytes, read_path
from .validate import Checked, check
from .write import write


@dataclass
class ImportReport:
    ok: bool
    checked_only: bool
    rows: int
    files: dict = field(default_factory=dict)
    written: dict = field(default_factory=dict)
    pruned: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    changes: dict | None = None  # with `preview`: what the import would change (preview.changes)

    def as_dict(self) -> dict:
        found = {"ok": self.ok, "checked_only": self.checked_only, "rows": self.rows,
                 "files": self.files, "written": self.written, "pruned": self.pruned,
                 "problems": [p.as_dict() for p in self.problems]}
        if self.changes is not None:
            found["changes"] = {stem: {k: v for k, v in table.items() if k != "examples"}
                                for stem, table in self.changes.items()}
        return found


def import_path(graph, path: Path, max_bytes: int, **options) -> ImportReport:
    return import_reading(graph, read_path(path, max_bytes), **options)


def import_upload(graph, name: str, data: bytes, max_bytes: int, **options) -> ImportReport:
    return import_reading(graph, read_bytes(name, data, max_bytes), **options)


def import_reading(graph, reading: Reading, check_only: bool = False,
                   prune: bool = False, progress: Callable[[str, int], None] | None = None,
                   on_checked: Callable[[int], None] | None = None, preview: bool = False) -> ImportReport:
    return import_checked(graph, checked_reading(graph, reading), check_only, prune, progress, on_checked, preview)


def checked_reading(graph, reading: Reading) -> Checked:
    """Every problem of a reading, and its rows typed and ready to write (ids looked up in the
    network: a checked reading holds for the graph version it was checked against)."""
    def existing(label: str, ids: list[str]) -> set[str]:
        return {r["id"] for r in graph.read("import/existing_ids", label=label, ids=ids)}

    def existing_names(label: str, names: list[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for row in graph.read("import/ids_by_name", label=label, names=names):
            found.setdefault(row["name"], set()).add(row["id"])
        return found

    checked = check(reading, existing, existing_names)
    if not reading.sheets and not checked.problems:
        checked.problems.append(problem("unknown_file", "(import)", value="no template file found"))
    return checked


def import_checked(graph, checked: Checked, check_only: bool = False,
                   prune: bool = False, progress: Callable[[str, int], None] | None = None,
                   on_checked: Callable[[int], None] | None = None, preview: bool = False) -> ImportReport:
    """Write a checked reading all or nothing (or, `check_only`, say what it would change)."""
    files = {spec.stem: len(rows) for spec, rows in checked.batches}
    if checked.problems or check_only:
        found = changes(graph, checked.batches, prune) if preview and not checked.problems else None
        return ImportReport(not checked.problems, True, checked.rows, files, problems=checked.problems,
                            changes=found)
    if on_checked:
        on_checked(checked.rows)
    schema.apply(graph)  # MERGE on ids needs the unique constraints to be fast
    try:
        report = write(graph, checked.batches, prune=prune,
                       progress=progress or (lambda _s, _n: None))
    except TransientError as err:
        if "OutOfMemory" not in (err.code or ""):
            raise
        found = problem("too_large_transaction", "(import)", value=f"{checked.rows} rows")
        return ImportReport(False, False, checked.rows, files, problems=[found])
    return ImportReport(True, False, checked.rows, files, report["written"], report["pruned"])
