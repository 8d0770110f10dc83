"""Deleting a person everywhere: the node and its ties, the precomputed scores that counted
them, their id in introductions, their name in collected answers (surveys and sign-ins, as
it was typed) and in the source of ties, and their id in the audit log (which keeps only that a
deletion happened)."""
from __future__ import annotations

from pathlib import Path

from . import audit, backup, precompute
from .errors import ApiError

REDACTED = "(削除済み)"  # data: written into collected answers in place of a name


def delete_person(graph, person_id: str, user: str | None = None, backups: Path | None = None) -> dict:
    """Delete the person; with `backups`, first write a backup of the whole network there (so
    that the deletion can be taken back: `tsunagu restore FILE`), named in the answer."""
    kept = None
    if backups is not None and graph.read_one("admin/person_name", id=person_id):
        kept = backup.keep_before(graph, backups, "delete")
    with graph.transaction() as tx:
        named = tx.run_one("admin/person_name", id=person_id)
        deleted = tx.run_one("admin/delete_person", id=person_id)["deleted"]
        result = {"deleted": 0, "audit_entries_forgotten": 0}
        if deleted:
            forgotten = tx.run_one("audit/forget_target", target=person_id)["forgotten"]
            tx.run("admin/forget_in_introductions", id=person_id)
            name = (named and named["name"]) or person_id
            tx.run("admin/forget_in_responses", id=person_id, name=name, redacted=REDACTED)
            tx.run("admin/forget_in_sources", name=name, redacted=REDACTED)
            tx.run("import/bump_version")
            result = {"deleted": deleted, "audit_entries_forgotten": forgotten}
    if not result["deleted"]:
        raise ApiError(404, "not_found", "ID「%(person_id)s」の人は見つかりません。", person_id=person_id[:200], parameter="id")
    scores = precompute.refresh(graph)  # the scores of everyone else no longer count them
    audit.record(graph, "delete_person", user=user)
    return {**result, "bridging_recomputed_for": (scores or {}).get("people"), "backup": kept and str(kept)}


def what_goes(graph, person_id: str) -> dict | None:
    """The person and how many ties of each kind deleting them removes (None: no such person)."""
    return graph.read_one("admin/person_ties", id=person_id)
