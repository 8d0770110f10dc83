"""New rows named as something the network already holds under another id: 「佐藤 由美」 typed
again with a new id becomes a second 佐藤 由美, which nobody meant. The preview points them
out (a warning, not a problem: two people may share a name). Ids only: the page names what
the network holds at the reader's level."""
from __future__ import annotations

from ..search import fold
from .run import ids_by_name
from .validate import Checked


def find(graph, checked: Checked) -> list[dict]:
    """[{label, id, name, existing: [ids]}] for each row of a node sheet whose id is new and
    whose name (folded as search folds it) the network holds under other ids."""
    found = []
    for spec, rows in checked.batches:
        named = [(str(row["id"]), str(row["name"])) for row in rows if spec.is_node and row.get("name")]
        if not named:
            continue
        held = {r["id"] for r in graph.read("import/existing_ids", label=spec.label, ids=[i for i, _ in named])}
        new = [(id_, name) for id_, name in named if id_ not in held]
        if not new:
            continue
        by_name = ids_by_name(graph, spec.label, [n for _, n in new])
        found += [{"label": spec.label, "id": id_, "name": name, "existing": sorted(by_name[fold(name)])}
                  for id_, name in new if by_name.get(fold(name))]
    return found
