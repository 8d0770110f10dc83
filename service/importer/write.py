"""Write checked rows to Neo4j: every file as UNWIND batches, all in ONE transaction.

A failure anywhere (a bad row the checks missed, the database going away) rolls the whole
import back, so the graph is never half-updated. `prune` deletes, in the same transaction,
what the files present no longer contain.
"""
from __future__ import annotations

from typing import Callable, Iterable

from .. import search
from ..template import TemplateFile

BATCH_SIZE = 10_000
SAVING = "(saving)"  # the stem `progress` is told once every row is sent: what remains is pruning and the commit


class Abandoned(Exception):
    """Raised by `before_commit` to roll the import back (a later sheet had a problem)."""


def write(graph, batches: Iterable[tuple[TemplateFile, list[dict]]], prune: bool = False,
          progress: Callable[[str, int], None] = lambda _stem, _n: None,
          before_commit: Callable[[], None] = lambda: None) -> dict:
    """Write (file spec, typed rows) pairs in template order; returns rows written and pruned.

    One explicit transaction (graph.transaction), not a retried one: a failed import must
    not be re-run whole by the driver's retries; it is rolled back and reported. `batches`
    may still be arriving (run.py checks the next sheet while this one is written);
    `before_commit` raises Abandoned to roll everything back. `progress` hears each batch
    written, then SAVING: a bar full for the seconds of pruning and commit looks stuck."""
    report = {"written": {}, "pruned": {}}
    written = []  # pruning walks them again, backwards
    with graph.transaction() as tx:
        for spec, rows in batches:
            if spec.is_node:
                search.add_keys(rows)
            for start in range(0, len(rows), BATCH_SIZE):
                chunk = rows[start:start + BATCH_SIZE]
                tx.run(f"import/{spec.statement}", rows=chunk)
                progress(spec.stem, len(chunk))
            report["written"][spec.stem] = len(rows)
            written.append((spec, rows))
        progress(SAVING, 0)  # at ward scale Neo4j then works 10-30 s more with nothing left to count
        if prune:
            for spec, rows in reversed(written):
                report["pruned"][spec.stem] = _prune(tx, spec, rows)
        tx.run("import/bump_version")
        before_commit()
    return report


def _prune(tx, spec: TemplateFile, rows: list[dict]) -> int:
    """Delete what the file no longer contains: the difference is taken here, with sets (in
    Cypher, `NOT key IN $list` scans the list for every tie), and deleted by element id (an
    index seek; a label given as a parameter would scan the label for every key)."""
    if spec.is_node:
        kept = {r["id"] for r in rows}
        found = tx.run_one("import/node_ids", label=spec.label)
        gone = [element for id_, element in zip(found["ids"], found["elements"]) if id_ not in kept]
        return tx.run_one("import/prune_nodes", elements=gone)["deleted"]
    tie_type, from_label, to_labels = spec.tie
    first, second = spec.key[0], spec.key[1]
    with_kind = "kind" in spec.key
    kept = {(r[first], r[second], r["kind"] if with_kind else None) for r in rows}
    if tie_type == "KNOWS":  # read as undirected: kept in either direction
        kept |= {(b, a, kind) for a, b, kind in kept}
    found = tx.run_one("import/tie_keys", type=tie_type, from_label=from_label, to_labels=list(to_labels))
    gone = [element for (a, b, kind), element in zip(found["keys"], found["elements"])
            if (a, b, kind if with_kind else None) not in kept]
    return tx.run_one("import/prune_ties", elements=gone)["deleted"]
