"""Load the demo network of Nerima (seed/demo/, in the import template) through the importer."""
from __future__ import annotations

from pathlib import Path

from .importer.run import import_path

DEMO_DIR = Path(__file__).resolve().parent.parent / "seed" / "demo"
DEMO_MAX_BYTES = 50_000_000


class DemoDataError(RuntimeError):
    """The shipped demo files fail the import checks (a bug in seed/build_demo.py)."""


def load_demo(graph, folder: Path = DEMO_DIR) -> dict[str, int]:
    """Import every demo file in one transaction; returns rows written per file."""
    report = import_path(graph, folder, DEMO_MAX_BYTES)
    if not report.ok:
        raise DemoDataError("\n".join(p.line() for p in report.problems))
    return report.written


def is_empty(graph) -> bool:
    return graph.read_one("admin/count_nodes")["nodes"] == 0
