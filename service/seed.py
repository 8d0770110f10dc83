"""Load the demo network of Nerima (seed/demo/, in the import template) through the importer."""
from __future__ import annotations

from pathlib import Path

from neo4j import Driver

from . import cypher
from .importer.run import import_path

DEMO_DIR = Path(__file__).resolve().parent.parent / "seed" / "demo"
DEMO_MAX_BYTES = 50_000_000


class DemoDataError(RuntimeError):
    """The shipped demo files fail the import checks (a bug in seed/build_demo.py)."""


def load_demo(driver: Driver, database: str, folder: Path = DEMO_DIR) -> dict[str, int]:
    """Import every demo file in one transaction; returns rows written per file."""
    report = import_path(driver, database, folder, DEMO_MAX_BYTES)
    if not report.ok:
        raise DemoDataError("\n".join(p.line() for p in report.problems))
    return report.written


def is_empty(driver: Driver, database: str) -> bool:
    records, _, _ = driver.execute_query(cypher.load("admin/count_nodes"), database_=database)
    return records[0]["nodes"] == 0
