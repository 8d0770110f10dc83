"""Impact: did coordination change anything? For an event, the acquaintances begun among its
participants in the year after it against the year before; for a period, those begun during
it against as long a time before it, among the people who attended any event in it. Both
against people who did not take part (per possible pair, so groups of different sizes
compare), with the partnerships begun by the participants' groups. And the 自走 measure: how
many running collaborations still hang on one intermediary or one person, now and a year ago."""
from __future__ import annotations

import json
from datetime import date, timedelta

from . import clock, projections
from .analysis import gaps
from .errors import ApiError

YEAR = timedelta(days=365)
STORED_ID = "self_running"  # the analysis's stored 自走 counts (cypher/precompute/store_answer)


def event_impact(graph, event_id: str) -> dict:
    rows = graph.read("impact/event", event=event_id) if len(event_id) <= 200 else []
    if not rows:
        raise ApiError(404, "not_found", "ID「%(event_id)s」のイベントは見つかりません。", event_id=event_id[:200], parameter="event")
    event, attendees = rows[0]["event"], rows[0]["attendees"]
    held = date.fromisoformat(event["date"]) if event["date"] else None
    if held is None:
        raise ApiError(409, "event_without_date", "イベント「%(event)s」には日付がありません。events.csv に date を入れてください。",
                       event=event['name'], parameter="event")
    if planned(event["date"]):  # nothing to compare yet: said so, not "0 participants"
        return {"event": event, "not_held": True}
    if not attendees:  # nobody's attendance recorded: nor a comparison of zeros
        return {"event": event, "not_held": False, "attendees": 0, "no_attendance": True}
    return {"event": event, "not_held": False, **_compare(graph, attendees, held - YEAR, held, held + YEAR)}


def planned(day: str | None) -> bool:
    """An event whose day is still to come."""
    return bool(day) and date.fromisoformat(day) > clock.today()


def period_impact(graph, start: str, end: str) -> dict:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if last < first:
        raise ApiError(400, "bad_parameter", "to は from より後の日付にしてください。", parameter="to")
    row = graph.read("impact/period_events", **{"from": start, "to": end})[0]
    length = last - first + timedelta(days=1)
    return {"period": {"from": start, "to": end, "events": row["events"]},
            **_compare(graph, row["attendees"], first - length, first, last)}


def _compare(graph, attendees: list[str], before: date, pivot: date, end: date) -> dict:
    """New ties among the attendees and among everyone else, in the window before `pivot` and
    from it to `end`."""
    row = graph.read("impact/ties_around", attendees=attendees, before=before.isoformat(),
                  pivot=pivot.isoformat(), end=end.isoformat())[0]
    inside, outside = _pairs(len(attendees)), _pairs(row["people"] - len(attendees))
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
    return {"attendees": len(attendees),
            "windows": {"before": {"from": before.isoformat(), "to": (pivot - timedelta(days=1)).isoformat()},
                        "after": {"from": pivot.isoformat(), "to": end.isoformat()}},
            "new_ties": {f"{who}_{when}": counts[(when, who)] for when, who in counts},
            "new_ties_per_1000_pairs": per_pair, "partnerships_of_participants_groups": partnerships}


def self_running(graph) -> dict:
    """Fragile collaborations (hanging on one intermediary or person, or not connected) now
    and a year before, each on the network and the collaborations of its day; fewer means
    collaboration runs more by itself (自走). Now is today's network as every page shows it
    (and the dashboard's running collaborations). Numbers only, kept per graph version and day:
    as the background analysis stored them for this version today, else computed here."""
    now = clock.today().isoformat()
    version = graph.version()

    def answer() -> dict:
        return _stored(graph, version, now) or _self_running(graph, projections.current(graph), now)
    return graph.caches.answers.get(("self_running", version, now), answer)


def store_self_running(graph, projection) -> None:
    """Stored by the analysis after an import (service/precompute.py), once for the machine:
    the network of a year ago takes about 1.4 s at ward scale to build, which was every
    process's first visit of 協働の成果."""
    answer = _self_running(graph, projection, clock.today().isoformat())
    graph.write("precompute/store_answer", id=STORED_ID, version=projection.version, answer=json.dumps(answer))


def _stored(graph, version: str, now: str) -> dict | None:
    row = graph.read_one("precompute/stored_answer", id=STORED_ID)
    if row is None or row["answer"] is None or row["graph_version"] != version:
        return None
    answer = json.loads(row["answer"])
    return answer if answer["now"]["day"] == now else None  # stored before midnight: of another day


def _self_running(graph, today, now: str) -> dict:
    year_ago = (date.fromisoformat(now) - YEAR).isoformat()
    return {"now": _fragile_on(graph, today, now),
            "year_ago": _fragile_on(graph, today.at(year_ago, None, graph.fade_days), year_ago)}


def _fragile_on(graph, projection, day: str) -> dict:
    """The fragile collaborations alone: the whole gaps of that day (far pairs too) took 5 s
    at ward scale, twice on every first visit of the page; these take 0.1 s."""
    partners = graph.read("analysis/collaboration_partners", area=None, day=projection.as_of)
    return {"day": day, "fragile_collaborations": len(gaps.fragile_collaborations(projection, partners)),
            "running_collaborations": len(partners)}


def _pairs(people: int) -> int:
    return people * (people - 1) // 2
