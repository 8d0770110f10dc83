"""The pages about one thing — a group, a person, a collaboration, an event — as plain dicts.

Shared by each page and its JSON twin. Every person passes through `privacy.person` at the
reader's level, so a person the reader may not see named is an anonymous entry here as
everywhere else; stored measures come as references (named when shown).
"""
from __future__ import annotations

from . import clock, cypher_questions, introductions, precompute, privacy, questions
from .errors import ApiError
from .lang import N_

NEED_CANDIDATES = 3
PERSON_NOT_FOUND = N_("ID「%(id)s」の人は見つかりません。")


def group(graph, group_id: str) -> dict:
    row = _one(graph, "pages/group", group_id, N_("ID「%(id)s」の団体は見つかりません。"))
    row["members"] = _current_first(_named_first([_person(graph, m, role=m["role"], since=m["since"], until=m["until"],
                                                          ended=_ended(m["until"])) for m in row["members"]]))
    found = questions.candidates_by_need(graph, questions.TODAY, group_id, [need["id"] for need in row["needs"]],
                                         NEED_CANDIDATES)
    row["candidates_by_need"] = [{"need": need, "candidates": found[need["id"]]} for need in row["needs"]]
    row["introduced"] = introductions.of_group(graph, group_id)
    row["introductions"] = introductions.listing(graph, involving=group_id, limit=20)
    return row


def person(graph, person_id: str) -> dict:
    if not graph.reader.named:  # a role that names no one (viewer): said for every id, so nothing is told
        raise ApiError(403, "no_people_pages", "閲覧者の権限では、人のページは見られません。団体・協働・地図は見られます。")
    row = _one(graph, "pages/person", person_id, PERSON_NOT_FOUND)
    if not graph.reader.may_name(row["person"]["visibility"]):  # not to be named: as if it did not exist
        raise _not_found(PERSON_NOT_FOUND, person_id)
    stored = precompute.stored({"id": person_id, "measures": row.pop("bridging")})
    row["bridging"] = stored and questions.bridging_item(stored)
    row["only_links"] = next(iter(cypher_questions.only_links(graph, person=person_id, limit=1)["items"]), None)
    row["groups"] = _current_first([{**grp, "ended": _ended(grp["until"])} for grp in row["groups"]])
    row["knows"] = _named_first([_person(graph, k, strength=k["strength"], context=k["context"], since=k["since"],
                                         groups=k["groups"]) for k in row["knows"]])
    row["introductions"] = introductions.listing(graph, involving=person_id, limit=20)  # asked to introduce
    return row


def collaboration(graph, collaboration_id: str) -> dict:
    row = _one(graph, "pages/collaboration", collaboration_id, N_("ID「%(id)s」の協働は見つかりません。"))
    row["contacts"] = _named_first([_person(graph, c, role=c["role"], group=c["group"], partner_role=c["partner_role"])
                                    for c in row["contacts"]])
    row["coordinators"] = [p for p in row["partners"] if p["role"] == "coordinator" or p["intermediary"]]
    return row


def event(graph, event_id: str) -> dict:
    row = _one(graph, "pages/event", event_id, N_("ID「%(id)s」のイベントは見つかりません。"))
    row["attendees"] = _named_first([_person(graph, a, groups=a["groups"]) for a in row["attendees"]])
    return row


# ---------------------------------------------------------------------------------------

def _one(graph, statement: str, id_: str, not_found: str) -> dict:
    rows = graph.read(statement, id=id_) if len(id_) <= 200 else []
    if not rows:
        raise _not_found(not_found, id_)
    return rows[0]


def _not_found(message: str, id_: str) -> ApiError:
    return ApiError(404, "not_found", message, id=id_[:200], parameter="id")


def _named_first(people: list[dict]) -> list[dict]:
    """The people named in their order, then those shown without a name: a hidden member's place
    in a list ordered by role and reading would tell their role, or narrow down their name."""
    return sorted(people, key=lambda p: p["anonymous"])


def _ended(until: str | None) -> bool:
    """A membership whose last day is past (いつまで 2024-03-31): kept, and shown as past."""
    return bool(until) and until[:10] < clock.today().isoformat()


def _current_first(rows: list[dict]) -> list[dict]:
    """Current memberships, then the ended ones (each in its order): an ended one listed among
    the current read as current, and the routes, which leave it out, looked wrong."""
    return sorted(rows, key=lambda r: r["ended"])


def _person(graph, row: dict, **extra) -> dict:
    return privacy.person(graph.reader, row["id"], row["name"], row["visibility"], **extra)
