"""Across the ward's silos: /departments (every department), /departments/<id> (what one
supports, where and on what its support reaches and misses, its staff's ties; printable as
a one-page report for a cross-department meeting) and /departments/overlaps (the same group
supported by departments with no contact, needs of one department's groups that another's
offer, collaborations no department is behind). JSON twins under /api; every list as CSV.
The rules: service/departments.py."""
from __future__ import annotations

from flask import Blueprint

from .. import departments
from ..db import graph
from ..lang import N_
from ..menu import Menu
from .twin import Table, register

bp = Blueprint("departments", __name__)
MENU = Menu(N_("区の部署"), "departments.department_list", 85)


def _names(refs) -> list[str]:
    """Named references as a list cell: the download joins it (service/pages/twin._cell)."""
    return [r.get("label") or "" for r in refs]


@register(bp, "/departments", "/api/departments", "departments.html", {"departments": Table(
    N_("区の部署"), (("name", N_("部署")), ("groups", N_("支援している団体")), ("collaborations", N_("支援している協働")),
                 ("staff", N_("職員")), ("themes", N_("テーマ"))),
    lambda d: [{**r, "name": r["department"]["label"], "themes": _names(r["themes"])} for r in d["departments"]])})
def department_list() -> dict:
    return departments.listing(graph())


@register(bp, "/departments/overlaps", "/api/departments/overlaps", "department_overlaps.html", {
    "unaware": Table(N_("同じ団体・協働を支援し、接点のない部署"), (
        ("target", N_("支援先")), ("departments", N_("支援している部署")), ("apart", N_("接点のない組"))),
        lambda d: [{"target": i["target"]["label"], "departments": _names(i["departments"]),
                    "apart": ["・".join(x["label"] for x in pair) for pair in i["apart"]]} for i in d["unaware"]]),  # format
    "need_offer": Table(N_("ある部署の団体の課題に、別の部署の団体の強みが応える"), (
        ("needing_department", N_("課題のある団体を支援する部署")), ("needing", N_("課題のある団体")),
        ("capability", N_("課題・強み")), ("offering", N_("強みのある団体")),
        ("offering_department", N_("強みのある団体を支援する部署")), ("shared", N_("共通のテーマ・地域"))),
        lambda d: [{"needing_department": i["needing_department"]["label"], "needing": i["needing"]["label"],
                    "capability": i["capability"]["label"], "offering": i["offering"]["label"],
                    "offering_department": i["offering_department"]["label"],
                    "shared": _names(i["themes"] + i["areas"])} for i in d["need_offer"]]),
    "unsupported": Table(N_("部署の支援がなく、部署のテーマに取り組む協働"), (
        ("collaboration", N_("協働")), ("status", N_("状況")), ("themes", N_("テーマ")), ("departments", N_("テーマが同じ部署"))),
        lambda d: [{"collaboration": i["collaboration"]["label"], "status": i["status"], "themes": _names(i["themes"]),
                    "departments": _names(i["departments"])} for i in d["unsupported"]])})
def department_overlaps() -> dict:
    return departments.overlaps(graph())


@register(bp, "/departments/<department_id>", "/api/departments/<department_id>", "department.html", {
    "supports": Table(N_("支援の一覧"), (("target", N_("支援先")), ("type", N_("種類")), ("program", N_("支援の内容")),
                                      ("since", N_("いつから")), ("areas", N_("地域")), ("themes", N_("テーマ"))),
                      lambda d: [{"target": s["target"]["label"], "type": s["target"]["type"], "program": s["program"],
                                  "since": s["since"], "areas": _names(s["areas"]), "themes": _names(s["themes"])}
                                 for s in d["supports"]]),
    "staff": Table(N_("職員が知っている人"), (("staff", N_("職員")), ("group", N_("団体")), ("known", N_("知っている人"))),
                   lambda d: [{"staff": s["person"]["label"], "group": k["group"]["label"], "known": k["person"]["label"]}
                              for s in d["staff"] for k in s["knows"]])})
def department(department_id: str) -> dict:
    return departments.profile(graph(), department_id)
