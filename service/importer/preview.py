"""What an import would change, table by table, before anything is written: rows added,
changed (and in which columns) and, with prune, removed — compared with what the database
holds, read in the template's own form (service/export.py), so that a row counts as changed
only when importing it would change something."""
from __future__ import annotations

from .. import export
from ..template import TemplateFile

EXAMPLES = 5
# Filled in by the importer when a file has none (the source: the file and row; confirmed:
# the day of the import): bookkeeping, not a change a coordinator has to look at.
IGNORED = ("source", "confirmed")


def changes(graph, batches: list[tuple[TemplateFile, list[dict]]], prune: bool = False) -> dict:
    """stem → {rows, added, changed, unchanged, removed, examples: {added: [...], changed: [...]}}."""
    tables = export.export_rows(graph)
    found = {}
    for spec, rows in batches:
        header, stored = tables[spec.stem]
        flags = {c.name for c in spec.columns if c.type == "bool"}
        index = {_key(spec, dict(zip(header, values))): dict(zip(header, values)) for values in stored}
        added, changed, unchanged = [], [], 0
        for row in rows:
            before = index.pop(_key(spec, {k: _text(v) for k, v in row.items()}), None)
            if before is None:
                added.append(row)
                continue
            differs = [c for c in header if c not in IGNORED and c in row
                       and _text(row[c], c in flags) != _text(before.get(c), c in flags)]
            if differs:
                changed.append({"row": row, "columns": differs, "before": {c: before.get(c) for c in differs}})
            else:
                unchanged += 1
        found[spec.stem] = {"rows": len(rows), "added": len(added), "changed": len(changed),
                            "unchanged": unchanged, "removed": len(index) if prune else 0,
                            "examples": {"added": added[:EXAMPLES], "changed": changed[:EXAMPLES]}}
    return found


def _text(value, flag: bool = False) -> str:
    """A value as the export writes it (so that both sides compare as text); a yes/no column
    left empty is no, as the importer writes it."""
    if flag:
        return "true" if str(value).lower() in ("true", "1") else "false"
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _key(spec: TemplateFile, row: dict) -> tuple:
    key = tuple(row.get(k, "") for k in spec.key)
    return tuple(sorted(key)) if spec.stem == "knows" else key  # undirected
