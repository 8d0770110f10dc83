"""GET /gaps (and /api/gaps): where the network has holes — complementary groups far apart,
isolated groups, collaborations hanging on one intermediary or person — grouped by area
for printing and taking to a meeting."""
from __future__ import annotations


from flask import Blueprint

from .. import choices, gaps_answers, params, questions
from ..db import graph
from ..privacy import present
from .twin import Table, register
from ..lang import N_
from ..menu import Menu

bp = Blueprint("gaps", __name__)
MENU = Menu(N_("ネットワークのすき間"), "gaps.gaps", 80)
NO_AREA = N_("(地域なし)")
MOST = gaps_answers.STORED_LIMIT  # the most items of a section a page shows (what the analysis stores)


def _pairs(data: dict) -> list[dict]:
    return [{"needing": p["needing"]["name"], "capability": p["capability"]["name"],
             "offering": p["offering"]["name"], "areas": [a["name"] for a in p["areas"]],
             "hops": p["hops"], "connected": p["connected"],
             "partners_in": [c["name"] for c in p.get("partners_in") or []], "conflict": p.get("conflict", False)}
            for p in data["far_complementary_pairs"]["items"]]


def _fragile(data: dict) -> list[dict]:
    return [{"collaboration": f["collaboration"]["name"], "status": f["collaboration"]["status"],
             "depends_on": [d.get("label") for d in f["depends_on"]], "disconnected": f["disconnected"]}
            for f in data["fragile_collaborations"]["items"]]


@register(bp, "/gaps", "/api/gaps", "gaps.html", {
    "pairs": Table(N_("遠い課題×強みの組み合わせ"), (("needing", N_("課題のある団体")), ("capability", N_("課題")), ("offering", N_("強みのある団体")),
                    ("areas", N_("地域")), ("hops", N_("ステップ数")), ("connected", N_("つながりあり")),
                    ("partners_in", N_("協働ではすでに一緒")), ("conflict", N_("過去に対立"))), _pairs),
    "isolated": Table(N_("孤立している団体"), (("id", "ID"), ("name", N_("団体")), ("kind", N_("種別")), ("sector", N_("分野")),
                       ("areas", N_("地域")), ("members", N_("会員数"))),
                      lambda d: [{**g, "areas": [a["name"] for a in g["areas"]]} for g in d["isolated_groups"]["items"]]),
    "fragile": Table(N_("一つに頼っている協働"), (("collaboration", N_("協働")), ("status", N_("状況")), ("depends_on", N_("頼っている人・団体")),
                      ("disconnected", N_("つながっていない参加団体あり"))), _fragile),
}, by_version=True)
def gaps() -> dict:
    area = params.existing("area", params.value("area"), ("Area",))
    long_hops = params.integer("long_hops", 5, 2, 20)
    limit = params.limit(default=100, maximum=MOST)
    # named here (not only by the page) because the sections by area need the areas' names;
    # what is kept is the answer of ids (present makes a copy)
    answer = present(graph(), questions.network_gaps(graph(), params.view(), area, long_hops, limit))
    answer["area"] = area
    answer["limit"], answer["most"] = limit, MOST  # the page says when a section is cut
    answer["no_area"] = NO_AREA
    answer["areas"] = choices.areas(graph())
    answer["by_area"] = _by_area(answer)
    answer["in_several_areas"] = any(len(item["areas"]) > 1 for item in
                                     answer["far_complementary_pairs"]["items"] + answer["isolated_groups"]["items"])
    return answer


def _by_area(answer: dict) -> list[dict]:
    """The far pairs and isolated groups under each area they concern (an item may be under
    several), areas in the order the lists of areas have (地域, then 地区, … as in their file)."""
    sections: dict[str, dict] = {}

    def section(name: str) -> dict:
        return sections.setdefault(name, {"area": name, "far_complementary_pairs": [], "isolated_groups": []})

    for pair in answer["far_complementary_pairs"]["items"]:
        for name in [a["name"] for a in pair["areas"]] or [NO_AREA]:
            section(name)["far_complementary_pairs"].append(pair)
    for group in answer["isolated_groups"]["items"]:
        for name in [a["name"] for a in group["areas"]] or [NO_AREA]:
            section(name)["isolated_groups"].append(group)
    order: dict[str, int] = {}
    for place, area in enumerate(answer["areas"]):
        order.setdefault(area["name"], place)
    return sorted(sections.values(), key=lambda found: (order.get(found["area"], len(order)), found["area"]))
