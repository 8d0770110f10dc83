"""Across the ward's silos (縦割りを超える): what each department supports and how (助成, 場所,
相談 …), which areas and themes its support reaches and misses, where two departments support
the same group or collaboration with no contact between them, where one department's groups
need what another's offer, collaborations no department is behind, and which departments to
tell when a collaboration starts.

The rows come from cypher/departments/*.cypher (ids only); the rules are pure functions over
them, tested on small hand-built networks. Answers hold references (service/analysis/refs.py):
names, and whether a member of staff may be named, are applied per request at the reader's
level.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from . import choices
from .analysis.refs import ref
from .errors import ApiError

DEPARTMENT = "ward_department"  # data: the kind of group a department is (service/template.py)


def listing(graph) -> dict:
    """Every department with what it supports, its staff and themes."""
    rows = graph.read("departments/list")
    return {"departments": [{"department": ref("Group", r["id"]), "groups": r["groups"],
                             "collaborations": r["collaborations"], "staff": r["staff"],
                             "themes": [ref("Theme", t) for t in sorted(r["themes"])]} for r in rows]}


def profile(graph, department: str) -> dict:
    """One department: its supports by program, the areas and themes they reach and miss,
    its staff and whom they know in the groups it supports, and the other departments that
    support the same groups or collaborations."""
    found = {r["id"]: r for r in graph.read("departments/list")}
    if department not in found:
        raise ApiError(404, "not_found", "その部署は見つかりません。", parameter="id")
    supports = graph.read("departments/supports", department=None)
    own = [r for r in supports if r["department"] == department]
    regions = [a["id"] for a in choices.areas(graph) if a["level"] == "地域"]  # data: the ward's 地域
    themes = [t["id"] for t in choices.themes(graph)]
    contacts = contact_pairs(graph.read("departments/contacts"))
    return {"department": ref("Group", department), "staff_count": found[department]["staff"],
            "staff_members": [ref("Person", p) for p in found[department]["staff_ids"]],  # named per request
            "supports": [_support(r) for r in own],
            "programs": programs(own),
            "reach": reach(own, found[department]["themes"], regions, themes),
            "staff": staff(graph.read("departments/staff_ties", department=department)),
            "shared": [item for item in shared_targets(supports, contacts) if department in item["department_ids"]]}


def overlaps(graph) -> dict:
    """The ward's blind spots across departments, in three lists."""
    supports = graph.read("departments/supports", department=None)
    contacts = contact_pairs(graph.read("departments/contacts"))
    shared = shared_targets(supports, contacts)
    need_offer = graph.read("departments/need_offer")
    return {"unaware": [item for item in shared if not item["known"]],
            "shared_count": len(shared),
            "need_offer": [_need_offer(r) for r in need_offer],
            "need_offer_pairs": department_pairs(need_offer),
            "unsupported": unsupported(graph.read("departments/unsupported_collaborations"))}


def who_to_tell(graph, collaboration: str) -> dict:
    """The departments concerned by a collaboration and, in each, who already knows a partner."""
    items = []
    for r in graph.read("departments/concerned", collaboration=collaboration):
        known = [{"staff": ref("Person", s), "known": ref("Person", o), "group": ref("Group", g), "strength": k}
                 for s, o, g, k in r["known"][:3]]
        items.append({"department": ref("Group", r["department"]),
                      "themes": [ref("Theme", t) for t in r["themes"]],
                      "supports": [ref("Collaboration" if s == collaboration else "Group", s) for s in r["supports"]],
                      "areas": [ref("Area", a) for a in r["areas"]], "known": known})
    return {"collaboration": ref("Collaboration", collaboration), "departments": items}


# ---------------------------------------------------------------------------------------
# The rules, over plain rows
def programs(rows: list[dict]) -> list[dict]:
    """How many supports of each program (助成, 場所 …), most first; an empty one is 「その他」."""
    counted = Counter(r["program"] or "" for r in rows)
    return [{"program": program, "count": count} for program, count in sorted(counted.items(), key=lambda x: (-x[1], x[0]))]


def reach(rows: list[dict], own_themes: list[str], regions: list[str], themes: list[str]) -> dict:
    """The 地域 and themes the supports reach; the 地域 none of them reaches; the department's
    own themes none of them works on (or, for a department with no theme of its own, every
    theme none reaches)."""
    areas = sorted({a for r in rows for a in r["areas"]})
    reached = sorted({t for r in rows for t in r["themes"]})
    wanted = own_themes or themes
    return {"areas": [ref("Area", a) for a in areas],
            "missed_areas": [ref("Area", a) for a in regions if a not in areas],
            "themes": [ref("Theme", t) for t in reached],
            "missed_themes": [ref("Theme", t) for t in wanted if t not in reached],
            "own_themes": bool(own_themes)}


def contact_pairs(rows: list[dict]) -> dict[tuple[str, str], dict]:
    """(a, b) with a < b → which of collaboration, meeting, contact they share."""
    return {(r["a"], r["b"]): {k: bool(r[k]) for k in ("collaboration", "meeting", "contact")} for r in rows}


def shared_targets(supports: list[dict], contacts: dict) -> list[dict]:
    """Groups and collaborations supported by two departments or more; for each, whether every
    two of those departments share a collaboration, a meeting or a known contact (`known`), and
    the pairs that share none (who may not know of each other's support)."""
    by_target: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in supports:
        by_target[(r["target_type"], r["target"])].append(r)
    items = []
    for (kind, target), rows in sorted(by_target.items(), key=lambda x: x[0][1]):
        departments = sorted({r["department"] for r in rows})
        if len(departments) < 2:
            continue
        apart = [(a, b) for a, b in combinations(departments, 2)
                 if not any(contacts.get((a, b), {}).values())]
        items.append({"target": ref(kind, target), "departments": [ref("Group", d) for d in departments],
                      "department_ids": departments,
                      "programs": [r["program"] or "" for r in sorted(rows, key=lambda r: r["department"])],
                      "apart": [[ref("Group", a), ref("Group", b)] for a, b in apart], "known": not apart})
    return items


def department_pairs(rows: list[dict], shown: int = 3) -> list[dict]:
    """The need → offer rows by pair of departments (the one whose group needs, the one whose
    group offers), most first, each with how many and its first `shown` rows: what two
    departments would talk about."""
    by_pair: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        by_pair[(r["needing_department"], r["offering_department"])].append(r)
    ordered = sorted(by_pair.items(), key=lambda x: (-len(x[1]), x[0]))
    return [{"needing_department": ref("Group", a), "offering_department": ref("Group", b), "count": len(found),
             "capabilities": [ref("Capability", c) for c in sorted({r["capability"] for r in found})],
             "examples": [_need_offer(r) for r in found[:shown]]} for (a, b), found in ordered]


def unsupported(rows: list[dict]) -> list[dict]:
    """Collaborations no department supports, each with the departments of its themes."""
    by_collaboration: dict[str, dict] = {}
    for r in rows:
        item = by_collaboration.setdefault(r["collaboration"], {
            "collaboration": ref("Collaboration", r["collaboration"]), "status": r["status"], "themes": set(),
            "departments": []})
        item["themes"].update(r["themes"])
        item["departments"].append(ref("Group", r["department"]))
    return [{**item, "themes": [ref("Theme", t) for t in sorted(item["themes"])]} for item in by_collaboration.values()]


def staff(rows: list[dict]) -> list[dict]:
    """Each member of staff with whom they know in the supported groups (strongest first)."""
    by_staff: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_staff[r["staff"]].append(r)
    return [{"person": ref("Person", s), "knows": [{"person": ref("Person", r["known"]), "group": ref("Group", r["group"]),
                                                   "strength": r["strength"]}
                                                  for r in sorted(found, key=lambda r: -(r["strength"] or 1))]}
            for s, found in sorted(by_staff.items())]


def _need_offer(r: dict) -> dict:
    return {"needing_department": ref("Group", r["needing_department"]), "needing": ref("Group", r["needing"]),
            "capability": ref("Capability", r["capability"]), "offering_department": ref("Group", r["offering_department"]),
            "offering": ref("Group", r["offering"]), "themes": [ref("Theme", t) for t in r["themes"]],
            "areas": [ref("Area", a) for a in r["areas"]]}


def _support(r: dict) -> dict:
    return {"target": ref(r["target_type"], r["target"]), "program": r["program"], "since": r["since"],
            "areas": [ref("Area", a) for a in r["areas"]], "themes": [ref("Theme", t) for t in r["themes"]]}
