"""Impact: did coordination change anything? For an event, the acquaintances begun among its
participants in the year after it against the year before, and against people who did not
take part (per possible pair, so groups of different sizes compare); partnerships begun by
the participants' groups. And the 自走 measure: how many running collaborations still hang
on one intermediary or one person, now and a year ago."""
from __future__ import annotations

from datetime import date, timedelta

from . import db, questions
from .errors import ApiError


def event_impact(ctx: questions.Context, event_id: str) -> dict:
    rows = db.read("impact/event_ties", event=event_id) if len(event_id) <= 200 else []
    if not rows:
        raise ApiError(404, "not_found", f"ID「{event_id[:200]}」のイベントは見つかりません。",
                       f"No event with the id {event_id[:200]!r}.", parameter="event")
    row = rows[0]
    inside, outside = _pairs(row["attendees"]), _pairs(row["people"] - row["attendees"])
    counts = {(when, who): 0 for when in ("before", "after") for who in ("participants", "others")}
    for tie in row["ties"]:
        when = "after" if tie["after"] else "before"
        if tie["both"]:
            counts[(when, "participants")] += 1
        elif tie["neither"]:
            counts[(when, "others")] += 1
    per_pair = {f"{who}_{when}": round(1000 * counts[(when, who)] / pairs, 3) if pairs else 0.0
                for who, pairs in (("participants", inside), ("others", outside)) for when in ("before", "after")}
    partnerships = {"before": sum(not p["after"] for p in row["partnerships"]),
                    "after": sum(p["after"] for p in row["partnerships"])}
    return {"event": row["event"], "attendees": row["attendees"],
            "new_ties": {f"{who}_{when}": counts[(when, who)] for when, who in counts},
            "new_ties_per_1000_pairs": per_pair, "partnerships_of_participants_groups": partnerships}


def self_running(ctx: questions.Context, today: str | None = None) -> dict:
    """Fragile collaborations (hanging on one intermediary or person, or not connected) now
    and a year before; fewer means collaboration runs more by itself (自走)."""
    now = today or date.today().isoformat()
    year_ago = (date.fromisoformat(now) - timedelta(days=365)).isoformat()
    measures = {}
    for label, day in (("now", now), ("year_ago", year_ago)):
        at = questions.Context(ctx.driver, ctx.database, ctx.cache, ctx.exact_max, ctx.samples, ctx.answers, day)
        fragile = questions.network_gaps(at, None, 5, 1000)["fragile_collaborations"]
        measures[label] = {"day": day, "fragile_collaborations": fragile["total"]}
    return measures


def _pairs(people: int) -> int:
    return people * (people - 1) // 2
