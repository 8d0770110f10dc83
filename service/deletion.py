"""Deleting a person everywhere: the node and its ties, the precomputed scores that counted
them, their id in introductions, their name in collected answers (surveys and sign-ins, as
it was typed) and in the source of ties, and their id in the audit log (which keeps only that a
deletion happened)."""
from __future__ import annotations

from . import audit, cypher
from .errors import ApiError
from .questions import Context, refresh_bridging

REDACTED = "(削除済み)"


def delete_person(ctx: Context, person_id: str, user: str | None = None) -> dict:
    def work(tx):
        named = tx.run(cypher.load("admin/person_name"), id=person_id).single()
        deleted = tx.run(cypher.load("admin/delete_person"), id=person_id).single()["deleted"]
        if deleted:
            forgotten = tx.run(cypher.load("audit/forget_target"), target=person_id).single()["forgotten"]
            tx.run(cypher.load("admin/forget_in_introductions"), id=person_id).consume()
            name = (named and named["name"]) or person_id
            tx.run(cypher.load("admin/forget_in_responses"), id=person_id, name=name, redacted=REDACTED).consume()
            tx.run(cypher.load("admin/forget_in_sources"), name=name, redacted=REDACTED).consume()
            tx.run(cypher.load("import/bump_version")).consume()
            return {"deleted": deleted, "audit_entries_forgotten": forgotten}
        return {"deleted": 0, "audit_entries_forgotten": 0}

    with ctx.driver.session(database=ctx.database) as session:
        result = session.execute_write(work)
    if not result["deleted"]:
        raise ApiError(404, "not_found", f"ID「{person_id[:200]}」の人は見つかりません。",
                       f"No person with the id {person_id[:200]!r}.", parameter="id")
    scores = refresh_bridging(ctx)  # the scores of everyone else no longer count them
    audit.record(ctx.driver, ctx.database, "delete_person", user=user)
    return {**result, "bridging_recomputed_for": scores["people"]}
