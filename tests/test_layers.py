"""The layers hold (docs/architecture.md): the analysis is pure — it imports nothing of Flask,
the Neo4j driver, the Cypher files, privacy or the graph handle — and pages never reach into
the JSON API's modules. Checked on the source, so a new import that breaks a layer fails here."""
from __future__ import annotations

import ast
from pathlib import Path

SERVICE = Path(__file__).resolve().parent.parent / "service"

FORBIDDEN = {
    "analysis": ("flask", "neo4j", "service.cypher", "service.privacy", "service.db", "service.graph",
                 "service.projections", "service.precompute", "service.questions"),
    "pages": ("service.api",),
}


def _imports(path: Path) -> set[str]:
    """Absolute names of every module `path` imports (relative imports resolved)."""
    package = ".".join(path.relative_to(SERVICE.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def test_each_layer_imports_only_what_it_may():
    broken = []
    for folder, forbidden in FORBIDDEN.items():
        for path in sorted((SERVICE / folder).rglob("*.py")):
            for name in _imports(path):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    broken.append(f"{path.relative_to(SERVICE.parent)} imports {name}")
    assert broken == []


def test_the_check_sees_relative_imports():
    assert "service.privacy" in _imports(SERVICE / "pages" / "twin.py")
    assert "service.analysis.projection" in _imports(SERVICE / "analysis" / "brokerage.py")
