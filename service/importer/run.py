"""One import from start to end: read → check everything → write all or nothing."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from neo4j import Driver, RoutingControl
from neo4j.exceptions import TransientError

from .. import cypher, schema
from .problems import Problem, problem
from .read import Reading, read_bytes, read_path
from .validate import check
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

    def as_dict(self) -> dict:
        return {"ok": self.ok, "checked_only": self.checked_only, "rows": self.rows,
                "files": self.files, "written": self.written, "pruned": self.pruned,
                "problems": [p.as_dict() for p in self.problems]}


def import_path(driver: Driver, database: str, path: Path, max_bytes: int, **options) -> ImportReport:
    return import_reading(driver, database, read_path(path, max_bytes), **options)


def import_upload(driver: Driver, database: str, name: str, data: bytes, max_bytes: int,
                  **options) -> ImportReport:
    return import_reading(driver, database, read_bytes(name, data, max_bytes), **options)


def import_reading(driver: Driver, database: str, reading: Reading, check_only: bool = False,
                   prune: bool = False, progress: Callable[[str, int], None] | None = None,
                   on_checked: Callable[[int], None] | None = None) -> ImportReport:
    def existing(label: str, ids: list[str]) -> set[str]:
        records, _, _ = driver.execute_query(cypher.load("import/existing_ids"), label=label, ids=ids,
                                             routing_=RoutingControl.READ, database_=database)
        return {r["id"] for r in records}

    checked = check(reading, existing)
    files = {spec.stem: len(rows) for spec, rows in checked.batches}
    if not reading.sheets and not checked.problems:
        checked.problems.append(problem("unknown_file", "(import)", value="no template file found"))
    if checked.problems or check_only:
        return ImportReport(not checked.problems, True, checked.rows, files, problems=checked.problems)
    if on_checked:
        on_checked(checked.rows)
    schema.apply(driver, database)  # MERGE on ids needs the unique constraints to be fast
    try:
        report = write(driver, database, checked.batches, prune=prune,
                       progress=progress or (lambda _s, _n: None))
    except TransientError as err:
        if "OutOfMemory" not in (err.code or ""):
            raise
        found = problem("too_large_transaction", "(import)", value=f"{checked.rows} rows")
        return ImportReport(False, False, checked.rows, files, problems=[found])
    return ImportReport(True, False, checked.rows, files, report["written"], report["pruned"])
