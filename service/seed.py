"""Load the demo network of Nerima (seed/demo/, in the import template) into Neo4j."""
from __future__ import annotations

from pathlib import Path

from neo4j import Driver

from . import cypher
from .importer.convert import convert
from .importer.read import read_folder
from .importer.write import write

DEMO_DIR = Path(__file__).resolve().parent.parent / "seed" / "demo"


def load_demo(driver: Driver, database: str, folder: Path = DEMO_DIR) -> dict[str, int]:
    """Write every demo file in one transaction; returns rows written per file."""
    batches = []
    for sheet in read_folder(folder):
        types = {c.name: c.type for c in sheet.spec.columns}
        rows = [{name: convert(row.get(name, ""), kind) for name, kind in types.items()}
                for _, row in sheet.rows]
        batches.append((sheet.spec.statement, rows))
    return write(driver, database, batches)


def is_empty(driver: Driver, database: str) -> bool:
    records, _, _ = driver.execute_query(cypher.load("admin/count_nodes"), database_=database)
    return records[0]["nodes"] == 0
