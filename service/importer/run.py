"""One import from start to end: read → check everything → write all or nothing."""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from neo4j.exceptions import TransientError

from .. import schema
from ..search import fold
from .preview import changes
from .problems import Problem, problem
from .read import Reading, read_bytes, read_path
from .validate import Checked, check, checked_sheets
from .write import Abandoned, write


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
    if check_only or not reading.sheets:
        return import_checked(graph, checked_reading(graph, reading), check_only, prune, progress, on_checked, preview)
    return _check_while_writing(graph, reading, prune, progress or (lambda _s, _n: None), on_checked)


def checked_reading(graph, reading: Reading) -> Checked:
    """Every problem of a reading, and its rows typed and ready to write (ids looked up in the
    network: a checked reading holds for the graph version it was checked against)."""
    checked = check(reading, *_lookups(graph))
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
        report = write(graph, checked.batches, prune=prune, progress=progress or (lambda _s, _n: None))
    except TransientError as err:
        return _too_large(err, checked.rows, files)
    return ImportReport(True, False, checked.rows, files, report["written"], report["pruned"])


def _check_while_writing(graph, reading: Reading, prune: bool, progress: Callable[[str, int], None],
                         on_checked: Callable[[int], None] | None) -> ImportReport:
    """Check each sheet while the one before it is written: Python checks on one core while
    Neo4j writes on the other (at ward scale, 4 s of checking hidden behind the writing).
    Still all or nothing: the writer commits only once every sheet is checked and clean; a
    problem anywhere rolls the one transaction back, and the report is the one a check
    before writing would give."""
    problems = list(reading.problems)
    schema.apply(graph)  # MERGE on ids needs the unique constraints to be fast
    if on_checked:
        on_checked(sum(len(sheet.rows) for sheet in reading.sheets))
    ready: queue.Queue = queue.Queue()
    outcome: dict = {"clean": False}

    def commit_only_if_clean() -> None:
        if not outcome["clean"]:
            raise Abandoned()

    def writer() -> None:
        try:
            outcome["report"] = write(graph, iter(ready.get, None), prune=prune, progress=progress,
                                      before_commit=commit_only_if_clean)
        except BaseException as error:  # re-raised in the caller's thread
            outcome["error"] = error

    thread = threading.Thread(target=writer, name="tsunagu-import-writer", daemon=True)
    thread.start()
    batches = []
    checked_all = False
    try:
        for spec, rows in checked_sheets(reading, *_lookups(graph), problems):
            batches.append((spec, rows))
            if not problems:
                ready.put((spec, rows))
        checked_all = True
    finally:
        outcome["clean"] = checked_all and not problems  # read by the writer after the end mark
        ready.put(None)
        thread.join()
    files = {spec.stem: len(rows) for spec, rows in batches}
    rows = sum(files.values())
    if problems:
        return ImportReport(False, True, rows, files, problems=problems)
    error = outcome.get("error")
    if isinstance(error, TransientError):
        return _too_large(error, rows, files)
    if error is not None:
        raise error
    report = outcome["report"]
    return ImportReport(True, False, rows, files, report["written"], report["pruned"])


def _lookups(graph):
    """The checks' two questions to the network: which of these ids it holds, and which ids
    these names have."""
    def existing(label: str, ids: list[str]) -> set[str]:
        return {r["id"] for r in graph.read("import/existing_ids", label=label, ids=ids)}

    return existing, lambda label, names: ids_by_name(graph, label, names)


def ids_by_name(graph, label: str, names: list[str]) -> dict[str, set[str]]:
    """{folded name: ids} of the nodes of `label` named one of `names` (as the search folds
    names), people only as the graph's reader may see them named: the importer's, the edit
    form's and the namesakes' one way of reading a name."""
    found: dict[str, set[str]] = {}
    for row in graph.read("import/ids_by_name", label=label, names=names, keys=[fold(n) for n in names],
                          named=list(graph.reader.named)):
        found.setdefault(fold(row["name"]), set()).add(row["id"])
    return found


def _too_large(err: TransientError, rows: int, files: dict) -> ImportReport:
    """Neo4j ran out of transaction memory: the import is refused as too large (re-raised
    for any other transient error)."""
    if "OutOfMemory" not in (err.code or ""):
        raise err
    found = problem("too_large_transaction", "(import)", value=f"{rows} rows")
    return ImportReport(False, False, rows, files, problems=[found])
