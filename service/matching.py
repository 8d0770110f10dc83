"""Matching events (団体同士のマッチングイベント), from the invitation to the follow-up: the
coordinator picks the invited groups (an area, a theme, or a list), Tsunagu proposes tables
and pairs to introduce (service/analysis/matching.py), the coordinator may move groups
between tables, the plan becomes an event with its sign-in sheet, and after the event the
pairings that led somewhere are recorded as ties (a cooperation with its source), through
the importer's checks like any edit.

A plan holds ids and reason codes only; it is kept on its event as JSON and named for the
reader when shown.
"""
from __future__ import annotations

import json

from . import audit, clock, editing, impact, introductions
from .analysis.matching import SIZES, Invited, plan
from .analysis.refs import ref
from .errors import ApiError

KIND = "matching_event"  # data: the event kind (service/labels.py)


def invited(graph, area: str | None, theme: str | None, ids: list[str] | None) -> list[Invited]:
    """The groups chosen by area and theme, or by their ids (unknown ids are a 400 naming them)."""
    if not (area or theme or ids):
        raise ApiError(400, "bad_parameter", "招く団体を、地域・テーマ・団体の一覧のどれかで選んでください。",
                       parameter="groups")
    rows = graph.read("matching/invited", area=area, theme=theme, ids=ids)
    if ids:
        missing = sorted(set(ids) - {r["id"] for r in rows})
        if missing:
            raise ApiError(400, "unknown_groups", "次の団体が見つかりません: %(ids)s", ids="、".join(missing),
                           parameter="groups")
    return [Invited(r["id"], r["sector"], frozenset(r["areas"]), frozenset(r["themes"]), frozenset(r["needs"]),
                    frozenset(r["offers"])) for r in rows]


def proposed(graph, groups: list[Invited], size: int, seating: dict[str, int] | None = None) -> dict:
    """The plan for `groups` at tables of `size` (or as `seating` puts them)."""
    if len(groups) < 2:
        raise ApiError(400, "too_few_groups", "マッチングには団体が2つ以上必要です。", parameter="groups")
    ties = graph.read("matching/ties_between", ids=[g.id for g in groups])
    tied = {frozenset((r["a"], r["b"])): tuple(r["how"]) for r in ties if not r["conflict"] and r["how"]}
    conflicts = {frozenset((r["a"], r["b"])) for r in ties if r["conflict"]}
    return plan(groups, tied, conflicts, size, seating)


def shown(planned: dict) -> dict:
    """A plan as references (named per request): tables of groups, pairs with their reasons
    (each with its position in the plan, and whether a follow-up was recorded)."""
    followed = set(planned.get("followed", []))
    numbered = [{**p, "index": i, "followed": i in followed} for i, p in enumerate(planned["pairs"])]
    at = {n: [p for p in numbered if p["table"] == n] for n in range(1, len(planned["tables"]) + 1)}
    return {"tables": [{"number": n, "groups": [ref("Group", g) for g in table], "pairs": [_pair(p) for p in at[n]],
                        # every pair of the table knows each other already: no one meets anyone new there
                        "all_tied": bool(at[n]) and all(any(r["code"] == "tied" for r in p["reasons"]) for p in at[n])}
                       for n, table in enumerate(planned["tables"], 1)],
            "conflicts_seated": [[ref("Group", a), ref("Group", b)] for a, b in planned["conflicts_seated"]],
            "size": planned["size"], "sizes": list(SIZES)}


def make_event(graph, planned: dict, name: str, day: str, role: str, user: str | None) -> str:
    """The plan as an event (kind matching_event) with the plan kept on it; returns its id.
    Nothing is written when the name or the day is wrong (the importer's checks)."""
    report, row = editing.save(graph, editing.EDITABLE["events"], {"name": name, "date": day, "kind": KIND}, role, user)
    if not report.ok:
        raise ApiError(422, "invalid_row", "イベントの名前と日付を確かめてください。", parameter="name")
    graph.write("matching/store_plan", event=row["id"], plan=json.dumps(planned, ensure_ascii=False))
    audit.record(graph, "matching_planned", target=row["id"], detail=f"{len(planned['tables'])} tables", user=user)
    return row["id"]


def kept(graph, event: str) -> dict | None:
    """The plan kept on an event, or None."""
    found = graph.read_one("matching/plan_of", event=event)
    if not found or not found["plan"]:
        return None
    return {"event": found, "plan": json.loads(found["plan"])}


def record_followups(graph, event: str, chosen: list[int], role: str, user: str | None) -> int:
    """The pairs of the event's plan (by their position) that led to a follow-up, written as a
    cooperation between the two groups, dated the event's day, with the event as its source,
    and among the introductions as 顔合わせ済み (紹介の記録 follows them on)."""
    found = kept(graph, event)
    if found is None:
        raise ApiError(404, "not_found", "このイベントにはマッチングの組み合わせがありません。", parameter="event")
    pairs = found["plan"]["pairs"]
    if not chosen:
        raise ApiError(400, "missing_parameter", "続きのあった組にチェックを入れてください。", parameter="pairs")
    if impact.planned(found["event"]["date"]):
        raise ApiError(409, "event_not_held", "このイベントはまだ開かれていません(%(day)s)。続きはイベントのあとで記録してください。",
                       day=found["event"]["date"], parameter="pairs")
    if any(not 0 <= i < len(pairs) for i in chosen):
        raise ApiError(400, "bad_parameter", "組み合わせの番号が正しくありません。", parameter="pairs")
    day = found["event"]["date"] or clock.today().isoformat()
    source = f"matching {found['event']['name']} {day}"  # data: the source written on ties
    followed = set(found["plan"].get("followed", []))
    written = 0
    for index in sorted(set(chosen) - followed):  # a pair recorded already is not recorded twice
        pair = pairs[index]
        report, _row = editing.save(graph, editing.EDITABLE["relations"],
                                    {"group_id": pair["a"], "other_id": pair["b"], "kind": "cooperation", "since": day,
                                     "note": found["event"]["name"]}, role, user, source=source)
        if not report.ok:
            raise ApiError(422, "invalid_row", "この組み合わせを記録できませんでした。", parameter="pairs")
        need = next((r for r in pair["reasons"] if r["code"] == "need_offer"), None)  # who asks whom, for what
        introductions.met_at_event(graph, need["needs"] if need else pair["a"], need["offers"] if need else pair["b"],
                                   need["capabilities"][0] if need and need["capabilities"] else None,
                                   found["event"]["name"], day, user)
        followed.add(index)  # marked as soon as written: a pair failing later leaves the others marked
        found["plan"]["followed"] = sorted(followed)
        graph.write("matching/store_plan", event=event, plan=json.dumps(found["plan"], ensure_ascii=False))
        written += 1
    audit.record(graph, "matching_followups", target=event, detail=f"{written} pairs", user=user)
    return written


def _pair(p: dict) -> dict:
    return {"a": ref("Group", p["a"]), "b": ref("Group", p["b"]), "score": p["score"],
            "reasons": [_reason(r) for r in p["reasons"]], "index": p["index"], "followed": p["followed"]}


def _reason(r: dict) -> dict:
    found = {"code": r["code"]}
    if r["code"] == "need_offer":
        found.update(needs=ref("Group", r["needs"]), offers=ref("Group", r["offers"]),
                     capabilities=[ref("Capability", c) for c in r["capabilities"]])
    elif r["code"] == "same_area":
        found["areas"] = [ref("Area", a) for a in r["areas"]]
    elif r["code"] == "same_theme":
        found["themes"] = [ref("Theme", t) for t in r["themes"]]
    elif r["code"] == "tied":
        found["how"] = list(r["how"])
    return found
