"""What accepting a staged response would write: every row it names with the coordinator's
corrections (leave it out, change the strength, map a typed group to an existing one —
likely duplicates are found by folded name and kana — or register it as new), the people
it names matched by folded name among the members of the same group (or the guests of the
same event; a family name alone that someone else wrote, 「小川さん」, finds the one member of
that family name) — others are new and private (they did not answer: only an admin sees their
name, and may change it once they agree), except the respondent, who chose — and the rows for
each write. Every tie carries its source (the survey or the event, who
answered, the date) and is confirmed on the day it was answered."""
from __future__ import annotations

import json
import secrets
from difflib import SequenceMatcher

from .. import db, lang
from ..analysis.refs import ref
from ..lang import N_
from ..errors import ApiError
from ..labels import NAMES
from ..search import fold, key
from ..template import KINDS_OF_GROUP, SECTORS, VISIBILITIES
from .form import HOW

SIDES = ("our", "their")  # the contacts a survey answer names: ours, and the partner group's

DUPLICATE_SCORE = 0.6     # folded-name similarity from which an existing group is offered
MATCH_DEFAULT = 0.8       # … and from which the closest is chosen for the reviewer (a name inside another's: 0.8)
DUPLICATES_SHOWN = 5
# What accepting writes, in the words the reviewer reads (the keys are the template's files).
WRITES = {"groups": N_("新しい団体"), "people": N_("人"), "memberships": N_("所属"),
          "relations": N_("団体どうしの協力"), "knows": N_("知り合い"), "needs": N_("課題"), "offers": N_("強み"),
          "attendance": N_("行事への参加")}
HONORIFICS = ("さん", "さま", "様", "氏", "くん", "君", "ちゃん")  # data: 「小川さん」 is 小川
CLOSENESS = ((0.95, N_("名前がほぼ同じ")), (MATCH_DEFAULT, N_("名前がよく似ている")), (0.0, N_("名前が少し似ている")))


def plan(response: dict, corrections: dict | None = None) -> dict:
    """Everything accepting `response` with `corrections` would write, row by row."""
    corrections = _checked(corrections or {})
    groups = [{**gr, "folded": (fold(gr["name"]), fold(gr["kana"]))} for gr in db.graph().read("collect/groups_for_matching")]
    known = {gr["id"]: gr for gr in groups}
    payload = response["payload"]
    if response["kind"] == "survey":
        rows = [_row(i, p["name"], p["group_id"], groups, known, corrections, p) for i, p in enumerate(payload["partners"])]
        own = response["group"]["id"]
        people = db.graph().read("collect/people_for_matching", groups=[own] + [r["target"] for r in rows if r["target"]],
                         event=None)
        return _survey_plan(response, payload, rows, own, people, corrections)
    rows = [_row(0, payload["group_name"], payload["group_id"], groups, known, corrections, {})] \
        if payload.get("group_name") else []
    event = response["event"]["id"]
    people = db.graph().read("collect/people_for_matching", groups=[r["target"] for r in rows if r["target"]], event=event)
    return _signin_plan(response, payload, rows, people, corrections)


def preview(planned: dict) -> dict:
    """What a reviewer is shown of a plan: the rows, the respondent as typed, the problems,
    how many things of each kind would be written, and the people it names — a person it
    matched as a reference (named, or not, at the reviewer's level), never their id, and
    whether by the family name alone (「小川さん」 → the one 小川 of that group: worth a look)."""
    reader = db.graph().reader
    rows = [{**{k: v for k, v in row.items() if k != "family_visibility"},
             "by_family_name": {side: person for side, person in row["by_family_name"].items()  # 「…とは別の人」:
                                if reader.may_name(row["family_visibility"][side])}}  # only for one they see
            for row in planned["rows"]]
    return {"rows": rows, "respondent": planned["respondent"], "source": planned["source"],
            "problems": shown_problems(planned["problems"]), "counts": {k: len(v) for k, v in planned["writes"].items()},
            "people": [_person_shown(row, reader) for row in planned["writes"]["people"]]}


def _person_shown(row: dict, reader) -> dict:
    """A person the answer names, as `reader` may see them. To a reviewer who does not see
    private people by name (staff), whether someone is new or a registered private member is
    not told — `new` None, and the visibility they were given — for every one not a registered
    person they see: telling them apart would tell staff that a private 小川 千尋 exists."""
    seen = row["existing"] and reader.may_name(row["registered_visibility"])
    if not seen and not reader.may_name("private"):
        return {"typed": row["name"], "new": None, "by_family_name": False, "person": None,
                "respondent": row["consent"], "visibility": row["visibility"]}
    return {"typed": row["name"], "new": not row["existing"], "by_family_name": row["by_family_name"],
            "person": ref("Person", row["id"]) if row["existing"] else None, "respondent": row["consent"],
            "visibility": None if row["existing"] else row["visibility"]}  # a new person's, as recorded


def likely_duplicates(name: str, groups: list[dict]) -> list[dict]:
    """Existing groups whose folded name (or kana) is close to `name`, closest first; each
    group carries `folded`, its folded name and kana (folded once per plan, not per row)."""
    wanted = fold(name)
    if not wanted:
        return []
    scored = []
    for group in groups:
        score = max(_similar(wanted, folded) for folded in group["folded"])
        if score >= DUPLICATE_SCORE:
            scored.append({"id": group["id"], "name": group["name"], "sector": group["sector"],
                           "similarity": round(score, 2),
                           "closeness": next(words for floor, words in CLOSENESS if score >= floor)})
    return sorted(scored, key=lambda d: (-d["similarity"], d["name"]))[:DUPLICATES_SHOWN]


def _survey_plan(response, payload, rows, own, people, corrections) -> dict:
    answered = response["submitted"][:10]
    respondent = {**payload["respondent"], **corrections["respondent"]}
    source = f"調査「{response['survey']['title']}」 回答 {respondent.get('name') or '?'} {answered}"  # data: the source written on ties
    problems = _row_problems(rows) + _visibility_problem(respondent.get("visibility"))
    writes = _empty_writes()
    finder = _PersonFinder(people, writes, source)
    me = finder.person(respondent.get("name"), own, respondent.get("visibility") or "internal", consent=True) \
        if respondent.get("name") else None
    if me:
        writes["memberships"].append(_tie(me, own, respondent.get("role"), source, answered))
    new_groups = _new_groups(rows, writes)
    kept = [(row, row["target"] or new_groups[row["index"]]) for row in rows if row["include"] and not row["problems"]]
    finder.someone_else = {(_folded_contact(row[f"{side}_person"]), group)  # a 「小川さん」 refused in one row: in all
                           for row, partner in kept for side, group in zip(SIDES, (own, partner))
                           if row[f"{side}_person"] and row["new_person"][side]}
    for row, partner in kept:
        how = "、".join(NAMES["how"][h] for h in row["how"])
        writes["relations"].append({"group_id": own, "other_id": partner, "note": how or None,
                                    "strength": row["strength"], "source": source, "confirmed": answered})
        ours, theirs = (finder.person(row[f"{side}_person"], group, row=row, side=side)
                        if row[f"{side}_person"] else None for side, group in zip(SIDES, (own, partner)))
        for person, group in ((ours, own), (theirs, partner)):
            if person:
                writes["memberships"].append(_tie(person, group, None, source, answered))
        if ours and theirs and ours != theirs:
            writes["knows"].append({"person_id": ours, "other_id": theirs, "strength": row["strength"], "since": None,
                                    "context": f"調査「{response['survey']['title']}」", "source": source,  # data
                                    "confirmed": answered})
    if corrections["capabilities"]:
        for kind in ("needs", "offers"):  # one note for the answer: it is a capability's only when one is named
            named = payload.get(kind, [])
            note = payload.get(f"{kind}_note") if len(named) == 1 else None
            writes[kind] += [{"group_id": own, "capability_id": c, "note": note, "source": source, "confirmed": answered}
                             for c in named]
    return {"response": response, "rows": rows, "respondent": respondent, "source": source,
            "problems": problems, "writes": _dedupe(writes), "person_id": me}


def _signin_plan(response, payload, rows, people, corrections) -> dict:
    event = response["event"]
    day = (event["date"] or response["submitted"])[:10]
    name = (corrections["respondent"].get("name") or payload["name"]).strip()
    visibility = corrections["respondent"].get("visibility") or payload.get("visibility") or "internal"
    source = f"受付「{event['name']}」 {name} {response['submitted'][:10]}"  # data: the source written on ties
    problems = _row_problems(rows) + _visibility_problem(visibility)
    writes = _empty_writes()
    new_groups = _new_groups(rows, writes)
    group = None
    if rows and rows[0]["include"] and not rows[0]["problems"]:
        group = rows[0]["target"] or new_groups[0]
    me = _PersonFinder(people, writes, source, event=event["id"]).person(name, group, visibility, consent=True)
    if group:
        writes["memberships"].append(_tie(me, group, None, source, day))
    writes["attendance"].append({"person_id": me, "event_id": event["id"], "source": source})
    mine, met = fold(name), [fold(_without_honorific(m)) for m in payload.get("met", [])]
    for other in db.graph().read("collect/accepted_signins", event=event["id"]):
        written = json.loads(other["written"] or "{}")
        if written.get("person_id") and written.get("person_id") != me and written.get("name") in met \
                and mine in written.get("met", []):
            writes["knows"].append({"person_id": me, "other_id": written["person_id"], "strength": 1, "since": day,
                                    "context": event["name"], "source": source, "confirmed": day})
    return {"response": response, "rows": rows, "respondent": {"name": name, "visibility": visibility},
            "source": source, "problems": problems, "writes": _dedupe(writes), "person_id": me,
            "folded_name": mine, "met_folded": met}


def _row(index, name, group_id, groups, known, corrections, partner) -> dict:
    """One group a response names, with the coordinator's choice: an existing group (the
    one matched, or a duplicate chosen) or a new one (with its kind and sector)."""
    fix = corrections["rows"].get(str(index), {})
    duplicates = [] if group_id else likely_duplicates(name, groups)
    closest = next((d["id"] for d in duplicates if d["similarity"] >= MATCH_DEFAULT), None)
    choice = fix.get("group") or group_id or closest or "new"
    strength = fix.get("strength", partner.get("strength"))
    row = {"index": index, "name": name, "matched": known.get(group_id) and {"id": group_id, "name": known[group_id]["name"]},
           "duplicates": duplicates, "choice": choice, "chosen_for_you": bool(closest) and choice == closest,
           "include": bool(fix.get("include", True)), "how": partner.get("how", []), "strength": strength,
           "our_person": partner.get("our_person"), "their_person": partner.get("their_person"),
           "new_person": {side: bool(fix.get(f"{side}_new")) for side in SIDES}, "by_family_name": {}, "family_visibility": {},
           "kind": fix.get("kind") or "other", "sector": fix.get("sector") or "civic", "problems": []}
    where = {"row": index + 1, "name": name}
    if choice != "new" and choice not in known:
        row["problems"].append((f"row-{index}-group", N_("%(row)s 行目「%(name)s」: 選んだ団体が見つかりません。"), where))
    if choice == "new" and (row["kind"] not in KINDS_OF_GROUP or row["sector"] not in SECTORS):
        row["problems"].append((f"row-{index}-kind",
                                N_("%(row)s 行目「%(name)s」: 新しい団体の種別とセクターを一覧から選んでください。"), where))
    if strength not in (None, 1, 2, 3):
        row["problems"].append((f"row-{index}-strength", N_("%(row)s 行目「%(name)s」: 強さは 1〜3 です。"), where))
    if any(h not in HOW for h in row["how"]):
        row["problems"].append((f"row-{index}-how", N_("%(row)s 行目「%(name)s」: 協働のしかたが一覧にありません。"), where))
    row["target"] = None if choice == "new" else choice
    return row


def _new_groups(rows: list[dict], writes: dict) -> dict[int, str]:
    """Ids for the new groups the included rows create (one per folded name)."""
    made, by_name = {}, {}
    for row in rows:
        if row["include"] and not row["problems"] and row["target"] is None:
            folded = fold(row["name"])
            if folded not in by_name:
                by_name[folded] = "g-" + secrets.token_hex(6)
                writes["groups"].append({"id": by_name[folded], "name": row["name"], "kana": None, "kind": row["kind"],
                                         "sector": row["sector"], "intermediary": False, "search": key(row["name"])})
            made[row["index"]] = by_name[folded]
    return made


class _PersonFinder:
    """People named in a response: the existing person with the same folded name in the group
    (or at the event) — or, for a family name alone that someone else wrote, the one member
    whose family name (the first word of their name) it is — else one new person per folded
    name and group, private unless they answered themselves. The same for every reviewer:
    what a reviewer may see of it is decided when it is shown (`_person_shown`)."""

    def __init__(self, people: list[dict], writes: dict, source: str, event: str | None = None):
        self.people, self.writes, self.source, self.event, self.made = people, writes, source, event, {}
        self.someone_else: set[tuple[str, str]] = set()  # (folded name, group): not the member of that family name

    def person(self, name: str, group: str | None, visibility: str = "private", consent: bool = False,
               row: dict | None = None, side: str | None = None) -> str:
        """The person's id; `row` and `side`: where to note a match by family name (and
        whether the coordinator said it is someone else, in this row or another)."""
        if not consent:  # a name someone else wrote: 「小川さん」, maybe the family name alone
            name = _without_honorific(name)
        folded = fold(name)
        new = (folded, group) in self.someone_else
        here = [p for p in self.people if group in p["groups"] or (self.event and not group)]
        same = [p for p in here if fold(p["name"]) == folded]
        by_family_name = not same and not consent and len(name.split()) == 1
        if by_family_name:  # the one member whose family name it is
            same = [p for p in here if len(p["name"].split()) > 1 and fold(p["name"].split()[0]) == folded]
        if row is not None and by_family_name and len(same) == 1:
            row["by_family_name"][side] = ref("Person", same[0]["id"])  # shown, to be confirmed or refused
            row["family_visibility"][side] = same[0]["visibility"]  # by whom: see preview
            row["new_person"][side] = new
        existing = len(same) == 1 and not (new and by_family_name)  # a whole name that matches stays matched
        if existing:
            person_id = same[0]["id"]
        else:
            person_id = self.made.setdefault((folded, group), "p-" + secrets.token_hex(6))
        self.writes["people"].append({"id": person_id, "name": name.strip(), "kana": None, "visibility": visibility,
                                      "search": key(name), "consent": consent, "source": self.source,
                                      "existing": existing, "by_family_name": existing and by_family_name,
                                      "registered_visibility": same[0]["visibility"] if existing else None})
        return person_id


def _folded_contact(name: str) -> str:
    return fold(_without_honorific(name))


def _without_honorific(name: str) -> str:
    """「小川さん」 → 「小川」: a name as others write it, with the honorific they add."""
    name = name.strip()
    for honorific in HONORIFICS:
        if name.endswith(honorific) and len(name) > len(honorific):
            return name[:-len(honorific)].strip()
    return name


def _tie(person: str, group: str, role, source: str, day: str) -> dict:
    return {"person_id": person, "group_id": group, "role": role, "source": source, "confirmed": day}


def _empty_writes() -> dict:
    return {k: [] for k in WRITES}


def _dedupe(writes: dict) -> dict:
    """One row per written thing (the first; a consenting respondent's row wins for a person)."""
    out = {}
    for name, rows in writes.items():
        seen, kept = set(), []
        for row in sorted(rows, key=lambda r: not r.get("consent", False)):
            ident = json.dumps({k: v for k, v in row.items() if k in ("id", "person_id", "group_id", "other_id",
                                                                          "capability_id", "event_id")}, sort_keys=True)
            if ident not in seen:
                seen.add(ident)
                kept.append(row)
        out[name] = kept
    return out


def _row_problems(rows: list[dict]) -> list[tuple]:
    """(field, message, values) of the rows that would be written."""
    return [problem for row in rows if row["include"] for problem in row["problems"]]


def _visibility_problem(visibility) -> list[tuple]:
    if visibility in VISIBILITIES:
        return []
    return [("visibility", N_("名前の扱いは public / internal / private のいずれかです。"), {})]


def shown_problems(problems: list[tuple]) -> list[dict]:
    """Problems as answers show them: the field, the message in Japanese and in English."""
    return [{"field": field, "message": lang.text(message, "ja", **values),
             "message_en": lang.text(message, "en", **values)} for field, message, values in problems]


def _checked(corrections: dict) -> dict:
    """The corrections as the plan reads them; a 400 naming the part that has the wrong shape."""
    rows, respondent = corrections.get("rows", {}), corrections.get("respondent", {})
    if not isinstance(rows, dict) or not all(isinstance(fix, dict) for fix in rows.values()):
        _bad_shape("rows", N_('rows は {"0": {"include": true, "group": "g-1", "their_new": false}} の形です。'))
    for index, fix in rows.items():
        for name in ("group", "kind", "sector"):
            if fix.get(name) is not None and not isinstance(fix[name], str):
                _bad_shape(f"row-{index}-{name}", N_("rows の %(name)s は文字列です。"), name=name)
        for side in SIDES:
            if fix.get(f"{side}_new") not in (None, True, False):
                _bad_shape(f"row-{index}-{side}_new", N_("our_new と their_new は true か false です。"))
        if fix.get("strength") is not None and (isinstance(fix["strength"], bool) or not isinstance(fix["strength"], int)):
            _bad_shape(f"row-{index}-strength", N_("強さは 1〜3 の整数です。"))
    if not isinstance(respondent, dict) or any(v is not None and (not isinstance(v, str) or len(v) > 100)
                                               for v in respondent.values()):
        _bad_shape("respondent", N_("respondent は名前と visibility の文字列(100 文字まで)です。"))
    return {"rows": {str(k): v for k, v in rows.items()},
            "respondent": {k: respondent[k].strip() for k in ("name", "role", "visibility") if (respondent.get(k) or "").strip()},
            "capabilities": corrections.get("capabilities", True) is not False}


def _bad_shape(field: str, message: str, **values):
    raise ApiError(400, "bad_correction", message, parameter=field, **values)


def _similar(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return max(0.8, SequenceMatcher(None, a, b).ratio())
    return SequenceMatcher(None, a, b).ratio()
