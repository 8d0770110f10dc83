"""The analysis on small named graphs in memory, with values worked out by hand (as NetworkX
tests its algorithms): no database, no Flask — Projection.from_ties and plain data."""
from __future__ import annotations

from datetime import date

import pytest

from service.analysis import bridging, gaps, paths
from service.analysis.projection import Projection, confidence, fading


def person(id_):
    return {"id": id_, "type": "Person"}


def group(id_, sector="civic", areas=()):
    return {"id": id_, "type": "Group", "sector": sector, "areas": list(areas)}


def knows(a, b, **tie):
    return (a, b, {"type": "KNOWS", **tie})


def member(p, g, **tie):
    return (p, g, {"type": "MEMBER_OF", **tie})


def test_chain_betweenness_by_hand():
    # p1 - p2 - p3 - p4 - p5: p3 is on 4 shortest paths ({p1,p2} × {p4,p5}), p2 and p4 on 3 each
    chain = Projection.from_ties([person(f"p{i}") for i in range(1, 6)],
                                 [knows(f"p{i}", f"p{i + 1}") for i in range(1, 5)])
    rows = {r["id"]: r for r in bridging.compute(chain)}
    assert [rows[f"p{i}"]["betweenness"] for i in range(1, 6)] == pytest.approx([0, 3, 4, 3, 0])
    assert rows["p3"]["rank"] == 1 and rows["p3"]["method"] == "exact"
    assert rows["p3"]["cut_off"]  # without p3 the chain falls in two


def test_a_member_of_two_sectors_bridges_them():
    net = Projection.from_ties([person("x"), person("a"), person("b"), group("chien", "chien"), group("civic")],
                               [member("x", "chien"), member("x", "civic"), member("a", "chien"), member("b", "civic")])
    top = bridging.compute(net)[0]
    assert top["id"] == "x" and top["sectors"] == 2 and sorted(top["bridges"]["groups"]) == ["chien", "civic"]


def test_k_shortest_paths_in_order_and_within_the_hop_limit():
    square = Projection.from_ties([person(i) for i in "abcde"],
                                  [knows("a", "b"), knows("b", "d"), knows("a", "c"), knows("c", "d"),
                                   knows("a", "e"), knows("e", "c")])
    found = paths.shortest(square, "a", "d", k=3, max_hops=8)
    assert [p["hops"] for p in found] == [2, 2, 3]
    assert [n["ref"] for n in found[2]["nodes"]] == ["a", "e", "c", "d"]
    assert paths.shortest(square, "a", "d", k=3, max_hops=1) == []


def test_ties_hold_on_their_days_and_fade():
    history = Projection.from_ties([person("a"), person("b"), person("c")],
                                   [knows("a", "b", since="2020-01-01"), knows("b", "c", until="2019-12-31")])
    assert history.graph.ecount() == 1  # today: the ended tie is gone
    assert history.at("2019-06-01").graph.ecount() == 1 and history.at("2019-06-01").edges[0]["until"]
    assert history.at("2021-01-01").graph.ecount() == 1
    tie = {"confirmed": "2024-01-01"}
    assert confidence(tie, date(2025, 12, 31), 730) == pytest.approx(0.5 ** (730 / 730))
    assert not fading(tie, date(2025, 12, 31), 730) and fading(tie, date(2026, 1, 1), 730)
    assert history.at(None, 0.5, 730) is not history  # only the surer ties: another network


def test_gaps_far_pairs_isolated_and_fragile_by_hand():
    net = Projection.from_ties(
        [group("N"), group("O"), group("F"), group("S", "intermediary"), person("n"), person("m"), person("o"), person("s")],
        [member("n", "N"), knows("n", "m"), knows("m", "o"), member("o", "O"), member("s", "S"), member("s", "N"),
         member("s", "O")])
    pairs = gaps.far_pairs(net, [{"needing_id": "N", "offering_id": "O", "capability_id": "c", "areas": []},
                                 {"needing_id": "N", "offering_id": "F", "capability_id": "c", "areas": []}], 3)
    assert [(p["offering"]["ref"], p["hops"], p["connected"]) for p in pairs] == [("F", None, False)]
    assert [g["ref"] for g in gaps.isolated(net, [{"id": "F", "areas": []}, {"id": "O", "areas": []}])] == ["F"]
    collaboration = [{"id": "c1", "status": "active", "partners": [{"id": "N"}, {"id": "O"}]}]
    # among the partners' own members only s joins N and O (m belongs to neither): s holds it
    fragile = gaps.fragile_collaborations(net, collaboration)
    assert [[d["ref"] for d in f["depends_on"]] for f in fragile] == [["s"]]
    sturdier = Projection.from_ties(net.nodes, [(net.ids[a], net.ids[b], t) for a, b, t in net.ties] + [knows("n", "o")])
    assert gaps.fragile_collaborations(sturdier, collaboration) == []  # n knows o too: two ways
