"""Reading what a respondent typed: the survey form and the event sign-in form, into the
staged payload, with a clear message (Japanese and English) for every field that is wrong.

A draft may be incomplete; a submission needs the respondent's name and their consent.
Group names typed by hand are matched to an existing group when exactly one has the same
folded name (service/search.fold); otherwise they stay as new names for the coordinator.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .. import lang
from ..lang import N_
from ..search import fold
from ..template import VISIBILITIES

HOW = ("joint_event", "place", "people", "information", "funding")
QUESTIONS = ("partners", "links", "capabilities")
PARTNER_ROWS = 30           # at most this many partner rows in one answer
BLANK_ROWS = 3              # empty rows offered after the filled ones
MET_MAX = 20                # names in "people I met today"
NAME_MAX, NOTE_MAX = 100, 1000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Problem:
    """A field to fix and what to do, as a message of the catalogue (service/lang.py)."""
    field: str
    message: str
    values: dict

    def text(self, locale: str) -> str:
        return lang.text(self.message, locale, **self.values)

    def as_dict(self) -> dict:
        return {"field": self.field, "message": self.text("ja"), "message_en": self.text("en")}


@dataclass
class Reading:
    payload: dict
    problems: list[Problem] = field(default_factory=list)

    def problem(self, field_name: str, message: str, **values) -> None:
        self.problems.append(Problem(field_name, message, values))


def survey(form, questions: list[str], capabilities: set[str], groups: list[dict], own_group: str,
           submitting: bool) -> Reading:
    """The survey payload from the posted form (a MultiDict)."""
    reading = Reading({"respondent": {}, "partners": [], "needs": [], "needs_note": None,
                       "offers": [], "offers_note": None})
    respondent = reading.payload["respondent"]
    respondent["name"] = _text(reading, form, "respondent_name", N_("お名前"), NAME_MAX)
    respondent["role"] = _text(reading, form, "respondent_role", N_("団体での役割"), NAME_MAX)
    respondent["visibility"] = _visibility(reading, form, submitting)
    if submitting and not respondent["name"]:
        reading.problem("respondent_name", N_("お名前を入れてください。"))
    if "partners" in questions:
        by_name = _groups_by_folded_name(groups)
        known = {g["id"]: g for g in groups}
        for index in range(PARTNER_ROWS):
            row = _partner(reading, form, index, "links" in questions, by_name, known, own_group)
            if row is not None:
                reading.payload["partners"].append(row)
    if "capabilities" in questions:
        for kind in ("needs", "offers"):
            chosen = form.getlist(kind)
            wrong = [c for c in chosen if c not in capabilities]
            if wrong:
                reading.problem(kind, N_("一覧にない項目が選ばれています。ページを開き直してください。"))
            reading.payload[kind] = [c for c in dict.fromkeys(chosen) if c in capabilities]
            reading.payload[f"{kind}_note"] = _text(reading, form, f"{kind}_note", N_("自由記述"), NOTE_MAX)
    return reading


def signin(form, groups: list[dict], submitting: bool = True) -> Reading:
    """An event sign-in: name, group, the people met today (one name per line)."""
    reading = Reading({})
    payload = reading.payload
    payload["name"] = _text(reading, form, "name", N_("お名前"), NAME_MAX)
    if not payload["name"]:
        reading.problem("name", N_("お名前を入れてください。"))
    payload["group_name"] = _text(reading, form, "group_name", N_("団体名"), NAME_MAX)
    payload["group_id"] = _resolve_group(form.get("group_id"), payload["group_name"],
                                         _groups_by_folded_name(groups), {g["id"]: g for g in groups})
    payload["visibility"] = _visibility(reading, form, submitting)
    met = _text(reading, form, "met", N_("今日会った人"), NOTE_MAX) or ""
    names = [line.strip() for line in re.split(r"[\n、,]", met) if line.strip()]
    if len(names) > MET_MAX:
        reading.problem("met", N_("今日会った人は %(limit)s 人までにしてください。"), limit=MET_MAX)
    too_long = [n for n in names if len(n) > NAME_MAX]
    if too_long:
        reading.problem("met", N_("名前は %(limit)s 文字までです。"), limit=NAME_MAX)
    payload["met"] = [n for n in dict.fromkeys(names) if len(n) <= NAME_MAX][:MET_MAX]
    return reading


# ---------------------------------------------------------------------------------------
def _partner(reading: Reading, form, index: int, with_links: bool, by_name: dict, known: dict,
             own_group: str) -> dict | None:
    prefix = f"partner-{index}-"
    row_label = lang.Lazy(N_("協働した団体の %(row)s 行目"), row=index + 1)
    name = _text(reading, form, prefix + "name", row_label, NAME_MAX)
    how = form.getlist(prefix + "how")
    strength = (form.get(prefix + "strength") or "").strip()
    our = _text(reading, form, prefix + "our_person", row_label, NAME_MAX) if with_links else None
    their = _text(reading, form, prefix + "their_person", row_label, NAME_MAX) if with_links else None
    if not (name or how or strength or our or their):
        return None
    if not name:
        reading.problem(prefix + "name", N_("%(label)s: 団体名を入れてください(いらない行は空にしてください)。"),
                        label=row_label)
    if any(h not in HOW for h in how):
        reading.problem(prefix + "how", N_("%(label)s: 協働のしかたは一覧から選んでください。"), label=row_label)
    if strength and strength not in ("1", "2", "3"):
        reading.problem(prefix + "strength", N_("%(label)s: つながりの強さは 1〜3 から選んでください。"), label=row_label)
    group_id = _resolve_group(form.get(prefix + "group_id"), name, by_name, known)
    if group_id is not None and group_id == own_group:
        reading.problem(prefix + "name", N_("%(label)s: ご自身の団体ではなく、協働した相手の団体を入れてください。"),
                        label=row_label)
    return {"row": index, "name": name, "group_id": group_id, "how": [h for h in HOW if h in how],
            "strength": int(strength) if strength in ("1", "2", "3") else None,
            "our_person": our, "their_person": their}


def _resolve_group(chosen: str | None, name: str | None, by_name: dict, known: dict) -> str | None:
    """The group picked from the suggestions (when its name is still the one shown), else the
    only group with the same folded name, else None (a group to add)."""
    if not name:
        return None
    if chosen and chosen in known and fold(known[chosen]["name"]) == fold(name):
        return chosen
    matches = by_name.get(fold(name), [])
    return matches[0] if len(matches) == 1 else None


def _groups_by_folded_name(groups: list[dict]) -> dict[str, list[str]]:
    by_name: dict[str, list[str]] = {}
    for group in groups:
        by_name.setdefault(fold(group["name"]), []).append(group["id"])
    return by_name


def _visibility(reading: Reading, form, submitting: bool) -> str | None:
    given = form.get("visibility") or None
    if given is not None and given not in VISIBILITIES:
        reading.problem("visibility", N_("お名前の扱いは一覧から選んでください。"))
        return None
    if given is None and submitting:
        reading.problem("visibility", N_("お名前の扱い(公開してよいか)を選んでください。"))
    return given


def _text(reading: Reading, form, name: str, label, limit: int) -> str | None:
    raw = form.get(name) or ""
    text = _CONTROL.sub("", unicodedata.normalize("NFC", raw)).strip()
    if len(text) > limit:
        reading.problem(name, N_("%(label)s: %(limit)s 文字以内にしてください(今は %(length)s 文字)。"),
                        label=lang.Lazy(label) if isinstance(label, str) else label, limit=limit, length=len(text))
        return text[:limit]
    return text or None
