"""Cypher statements live in cypher/*.cypher, one statement per file, loaded by name.

Python never builds Cypher from strings: it names a file and passes parameters.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

CYPHER_DIR = Path(__file__).resolve().parent.parent / "cypher"


@lru_cache(maxsize=None)
def load(name: str) -> str:
    """Text of cypher/<name>.cypher (name may contain a sub-folder: 'schema/person_id')."""
    path = (CYPHER_DIR / f"{name}.cypher").resolve()
    if CYPHER_DIR not in path.parents:
        raise ValueError(f"not a statement name: {name!r}")
    return path.read_text(encoding="utf-8")


def names(folder: str) -> list[str]:
    """Names of every statement in a sub-folder, in file-name order (used for the schema)."""
    return [f"{folder}/{p.stem}" for p in sorted((CYPHER_DIR / folder).glob("*.cypher"))]
