"""The analysis on small named graphs in memory, with values worked out by hand (as NetworkX
tests its algorithms): no database, no Flask — Projection.from_ties and plain data."""
from __future__ import annotations

import random
import threading
import time
from datetime import date

import igraph
import networkx as nx
import pytest

from service.analysis import brokerage, gaps, paths
from service.analysis.answers import AnswerCache
from service.analysis.betweenness import Between
from service.analysis.projection import TIE_FIELDS, UNTIL, Projection, confidence, fading


def person(id_):
    return {"id": id_, "type": "Person"}


def group(id_, sector="civic", areas=()):
    return {"id": id_, "type": "Group", "sector": sector, "areas": list(areas)}


def knows(a, b, **tie):
    return (a, b, {"type": "KNOWS", **tie})


def member(p, g, **tie):
    return (p, g, {"type": "MEMBER_OF", **tie})


def event(id_):
    return {"id": id_, "type": "Event"}


def attended(p, e):
    return (p, e, {"type": "ATTENDED"})


def ranked(projection, evidence=brokerage.Evidence()):
    return [(r["id"], r["between"], r["score"], r["rank"]) for r in brokerage.compute(projection, evidence)]


def test_the_sole_shared_member_of_a_chien_and_a_civic_group_is_the_broker():
    # 町会 c and NPO v have one member in common, x: x lies on the one path c – x – v (between 1),
    # and stands between a pair of x's own two sectors (representative), the first pair (地縁 ↔ 区民活動)
    net = Projection.from_ties([person(i) for i in ("a1", "a2", "b1", "b2", "x")] + [group("c", "chien"), group("v")],
                               [member("a1", "c"), member("a2", "c"), member("b1", "v"), member("b2", "v"),
                                member("x", "c"), member("x", "v")])
    [x] = brokerage.compute(net)
    assert (x["id"], x["between"], x["liaison"], x["representative"], x["first_pair"]) == ("x", 1.0, 0, 1, 1)
    assert (x["score"], x["rank"], x["points"]) == (100.0, 1, {"between": 60.0, "sectors": 40.0})
    for weighted in (False, True):  # compiled breadth-first searches; igraph's Dijkstra
        network = Between(*brokerage.evidence_graph(net, brokerage.Evidence(weighted=weighted)))
        assert brokerage.why(network, net, x["vertex"]) == {
            "pair": [["Group", "c"], ["Group", "v"]], "steps": 2, "steps_without": None}
    graph = network.graph
    assert brokerage.cut_off(graph, net, x["vertex"]) == [
        {"groups": [["Group", "v"]], "group_count": 1, "people_count": 2}]


def test_an_acquaintance_who_joins_two_groups_is_a_liaison():
    # h belongs to no group but knows a member of each: on the one path c – a – h – b – v, as a
    # and b are; only h reaches both groups (a liaison: neither sector is h's own)
    net = Projection.from_ties([person("a"), person("b"), person("h"), group("c", "chien"), group("v")],
                               [member("a", "c"), member("b", "v"), knows("a", "h"), knows("h", "b")])
    rows = {r["id"]: r for r in brokerage.compute(net)}
    assert (rows["h"]["liaison"], rows["h"]["representative"], rows["h"]["first_pair"]) == (1, 0, 1)
    assert ranked(net) == [("h", 1.0, 100.0, 1), ("a", 1.0, 60.0, 2), ("b", 1.0, 60.0, 2)]  # a and b share rank 2
    assert ranked(net, brokerage.Evidence(kinds=("members",))) == []  # acquaintances left out: nobody between


def test_all_four_roles_counted_by_hand():
    # x (町会 c1) knows y, who belongs to 町会 c2, NPO v and shop b. x reaches c1, c2, v, b: the
    # pairs not tied already are c1–c2 (one sector, x's own: coordinator), c1–v and c1–b
    # (representative); c2, v and b have y in common, but only y — so for y they count.
    # w (shop b2) knows u1 and u2 of 町会 c3 and c4: one sector not w's own, itinerant.
    net = Projection.from_ties(
        [person(i) for i in ("x", "y", "w", "u1", "u2")]
        + [group("c1", "chien"), group("c2", "chien"), group("v"), group("b", "business"),
           group("b2", "business"), group("c3", "chien"), group("c4", "chien")],
        [member("x", "c1"), knows("x", "y"), member("y", "c2"), member("y", "v"), member("y", "b"),
         member("w", "b2"), knows("w", "u1"), knows("w", "u2"), member("u1", "c3"), member("u2", "c4")])
    roles = brokerage.sector_roles(net, brokerage.Evidence(), net.places)
    by_id = {net.ids[v]: roles.part(row) for row, v in enumerate(roles.people.tolist())}
    pick = ("liaison", "representative", "coordinator", "itinerant", "first_pair")
    assert [by_id["x"][k] for k in pick] == [0, 2, 1, 0, 1]
    assert [by_id["y"][k] for k in pick] == [0, 5, 1, 0, 2]
    assert [by_id["w"][k] for k in pick] == [0, 2, 0, 1, 0]
    assert by_id["x"]["reach"] == {"chien": 2, "civic": 1, "business": 1} and by_id["x"]["own_sectors"] == ["chien"]


def test_events_are_places_where_circles_meet():
    net = Projection.from_ties([person("p1"), person("p2"), person("p3"), person("x"), event("e1"), event("e2")],
                               [attended("p1", "e1"), attended("p2", "e1"), attended("x", "e1"),
                                attended("x", "e2"), attended("p3", "e2")])
    assert ranked(net) == [("x", 1.0, 60.0, 1)]  # events have no sector: between only
    assert ranked(net, brokerage.Evidence(kinds=("knows", "members"))) == []


def test_partners_need_nobody_between_them():
    people = [person("a"), person("b"), person("x"), group("c", "chien"), group("v")]
    ties = [member("a", "c"), member("b", "v"), member("x", "c"), member("x", "v"), ("c", "v", {"type": "PARTNER"})]
    assert ranked(Projection.from_ties(people, ties)) == []
    assert ranked(Projection.from_ties(people, ties), brokerage.Evidence(kinds=("knows", "members", "events"))) == [
        ("x", 1.0, 100.0, 1)]


def test_a_strong_tie_is_a_shorter_step_when_weighted():
    # g1 and g2 are three steps apart through p – q and through r – s; p and q know each other
    # well (strength 3), r and s hardly (1): weighted, only the first way is shortest
    net = Projection.from_ties([person(i) for i in "pqrs"] + [group("g1"), group("g2")],
                               [member("p", "g1"), member("q", "g2"), member("r", "g1"), member("s", "g2"),
                                knows("p", "q", strength=3), knows("r", "s", strength=1)])
    between = {r["id"]: r["between"] for r in brokerage.compute(net)}
    assert between == pytest.approx({"p": 0.5, "q": 0.5, "r": 0.5, "s": 0.5})
    weighted = {r["id"]: r["between"] for r in brokerage.compute(net, brokerage.Evidence(weighted=True))}
    assert weighted == pytest.approx({"p": 1.0, "q": 1.0})  # r and s: on no shortest path, one sector only


def test_between_agrees_with_networkx_on_davis_southern_women():
    davis = nx.davis_southern_women_graph()
    women = [v for v, side in davis.nodes(data="bipartite") if side == 0]
    events = [v for v, side in davis.nodes(data="bipartite") if side == 1]
    net = Projection.from_ties([person(w) for w in women] + [event(e) for e in events],
                               [attended(*edge) if edge[0] in women else attended(edge[1], edge[0])
                                for edge in davis.edges()])
    expected = nx.betweenness_centrality_subset(davis, events, events, normalized=False)
    found = {r["id"]: r["between"] for r in brokerage.compute(net)}
    assert {w: found.get(w, 0.0) for w in women} == pytest.approx({w: expected[w] for w in women})
    assert any(expected[w] > 0 for w in women)


@pytest.mark.parametrize("threads", [1, 3])
def test_compiled_between_agrees_with_networkx_on_les_miserables(threads):
    """The compiled count (service/analysis/betweenness.py), on one thread and shared among
    three: a network with equal shortest paths, its sources and targets apart, a vertex on its
    own; and each list of `of_each` as its own question."""
    novel = nx.les_miserables_graph()
    novel.add_node("alone")
    names = sorted(novel)
    graph = igraph.Graph(n=len(names), edges=[(names.index(a), names.index(b)) for a, b in novel.edges()])
    sources, targets = names[::3] + ["alone"], names[1::4]
    expected = nx.betweenness_centrality_subset(novel, sources, targets, normalized=False)
    between = Between(graph, None, threads)
    found = between.of([names.index(v) for v in sources], [names.index(v) for v in targets])
    assert dict(zip(names, found)) == pytest.approx(expected)
    assert sum(found) > 100
    valjean, alone = names.index("Valjean"), names.index("alone")
    cut = graph.copy()
    cut.delete_vertices([valjean])
    kept = [v for v in range(len(names)) if v != valjean]
    assert between.distances([0, alone], kept, without=valjean) == cut.distances(source=[0, cut.vcount() - 1])
    assert between.distances([0], [valjean]) == graph.distances(source=[0], target=[valjean])
    cut = graph.copy()
    cut.delete_edges(graph.incident(valjean))  # a person asked from, without their ties: reaches only themself
    assert between.distances([valjean], [valjean, 0], without=valjean) == cut.distances(source=[valjean], target=[valjean, 0])
    doubled = graph.copy()
    doubled.add_edges([(valjean, names.index("Javert"))])  # a tie listed twice: two paths, as igraph counts them
    assert Between(doubled, None, threads).of(list(range(0, 77, 5))) == pytest.approx(
        doubled.betweenness(directed=False, sources=list(range(0, 77, 5)), targets=list(range(0, 77, 5))))
    lists = [names[:20], names[20:], names[10:40], names[::2], []]  # places in several lists
    each = between.of_each([[names.index(v) for v in places] for places in lists])
    for places, values in zip(lists, each):
        assert dict(zip(names, values)) == pytest.approx(nx.betweenness_centrality_subset(novel, places, places,
                                                                                          normalized=False))


@pytest.mark.parametrize("threads", [1, 3])
def test_compiled_between_agrees_with_networkx_on_small_random_networks(threads):
    """Where a search may end early: networks in several parts, sources that are targets,
    places listed twice, a tie listed twice, lists that overlap or are empty."""
    rng = random.Random(threads)
    for _ in range(60):
        n = rng.randint(1, 18)
        pairs = [(a, b) for a in range(n) for b in range(a + 1, n) if rng.random() < rng.choice([0.08, 0.15, 0.3])]
        network = nx.Graph()
        network.add_nodes_from(range(n))
        network.add_edges_from(pairs)
        between = Between(igraph.Graph(n=n, edges=pairs), None, threads)
        sources = [rng.randrange(n) for _ in range(rng.randint(1, n))]
        targets = sources if rng.random() < 0.3 else [rng.randrange(n) for _ in range(rng.randint(1, n))]
        expected = nx.betweenness_centrality_subset(network, sources, targets, normalized=False)
        assert between.of(sources, targets) == pytest.approx([expected[v] for v in range(n)])
        lists = [[rng.randrange(n) for _ in range(rng.randint(0, n))] for _ in range(rng.randint(1, 4))]
        lists.append(list(lists[0]))
        for places, values in zip(lists, between.of_each(lists)):
            expected = nx.betweenness_centrality_subset(network, places, places, normalized=False)
            assert values == pytest.approx([expected[v] for v in range(n)])
    doubled = igraph.Graph(n=4, edges=[(0, 1), (1, 2), (1, 2), (2, 3)])  # two paths through the doubled tie
    assert Between(doubled, None, threads).of([0, 3]) == pytest.approx(
        doubled.betweenness(directed=False, sources=[0, 3], targets=[0, 3]))


def test_points_are_rounded_as_python_rounds():
    """60 × 1 / 4,000 = 0.015, stored in binary just under it: 0.01 (numpy's round, which
    multiplies by 100 first, gives 0.02 and would put q level with r)."""
    net = Projection.from_ties([person("p"), person("q"), person("r"), group("g", "chien")], [])
    rows = {r["id"]: r for r in brokerage.compute(net, between=[0.0, 4000.0, 1.0, 1.5])}
    assert [rows[i]["score"] for i in "pqr"] == [60.0, 0.01, 0.02]
    assert [rows[i]["rank"] for i in "prq"] == [1, 2, 3]


@pytest.mark.parametrize("size", [0, 3])
def test_compiled_between_on_a_network_without_ties(size):
    """A new ward (nobody yet) and people without ties: nothing between, nothing reached."""
    between = Between(igraph.Graph(n=size), None, 2)
    assert between.of(list(range(size))) == [0.0] * size
    assert between.of_each([list(range(size)), []]) == [[0.0] * size] * 2
    assert between.distances(list(range(size)), [0] if size else [], without=1 if size else None) == (
        [[0.0], [float("inf")], [float("inf")]] if size else [])


def test_weighted_between_agrees_with_networkx_on_the_karate_club():
    club = nx.karate_club_graph()
    strengths = {edge: 1 + (edge[0] * 7 + edge[1]) % 3 for edge in club.edges()}
    nodes = [person(f"k{v}") for v in club] + [group("hi", "chien"), group("officer")]
    ties = [knows(f"k{a}", f"k{b}", strength=s) for (a, b), s in strengths.items()]
    ties += [member(f"k{v}", "hi" if club.nodes[v]["club"] == "Mr. Hi" else "officer") for v in club]
    net = Projection.from_ties(nodes, ties)
    expected_graph = nx.Graph()
    expected_graph.add_edges_from(((f"k{a}", f"k{b}", {"length": brokerage.LENGTHS["KNOWS"][s]})
                                   for (a, b), s in strengths.items()))
    expected_graph.add_edges_from(((f"k{v}", "hi" if club.nodes[v]["club"] == "Mr. Hi" else "officer",
                                    {"length": 1.0}) for v in club))
    expected = nx.betweenness_centrality_subset(expected_graph, ["hi", "officer"], ["hi", "officer"],
                                                normalized=False, weight="length")
    found = {r["id"]: r["between"] for r in brokerage.compute(net, brokerage.Evidence(weighted=True))}
    people = [f"k{v}" for v in club]
    assert {p: found.get(p, 0.0) for p in people} == pytest.approx({p: expected[p] for p in people})


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
    assert history.at("2019-06-01").graph.ecount() == 1 and history.at("2019-06-01").edges[0][UNTIL]
    assert history.at("2021-01-01").graph.ecount() == 1
    confirmed = "2024-01-01"
    assert confidence("2020-01-01", confirmed, date(2025, 12, 31), 730) == pytest.approx(0.5 ** (730 / 730))
    assert confidence(confirmed, None, date(2025, 12, 31), 730) == pytest.approx(0.5)  # never confirmed: since it began
    assert not fading(None, confirmed, date(2025, 12, 31), 730) and fading(None, confirmed, date(2026, 1, 1), 730)
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
    sturdier = Projection.from_ties(net.nodes, [(net.ids[a], net.ids[b], dict(zip(TIE_FIELDS, t))) for a, b, t in net.ties] + [knows("n", "o")])
    assert gaps.fragile_collaborations(sturdier, collaboration) == []  # n knows o too: two ways


def test_communities_find_two_circles_and_the_person_between_them():
    """Two circles of four people around their group, one person (h) who knows someone in each:
    two clusters, each told by its group, and h among the people tying them together."""
    from service.analysis.communities import communities
    east, west = [f"e{i}" for i in range(4)], [f"w{i}" for i in range(4)]
    ties = [member(p, "g-east") for p in east] + [member(p, "g-west") for p in west]
    ties += [knows(a, b) for circle in (east, west) for i, a in enumerate(circle) for b in circle[i + 1:]]
    ties += [knows("h", "e0"), knows("h", "w0"), member("h", "g-east")]
    net = Projection.from_ties([person(p) for p in east + west + ["h", "alone"]] + [group("g-east", "chien"), group("g-west")],
                               ties)
    found = communities(net)
    assert [c["size"] for c in found["items"]] == [6, 5]  # h with the east (their group), the west
    assert [[g["ref"] for g in c["groups"]] for c in found["items"]] == [["g-east"], ["g-west"]]
    assert found["items"][0]["bridges"][0] == {"ref": "h", "type": "Person", "clusters": 1}
    assert "alone" not in found["membership"] and found["modularity"] > 0.3
    assert communities(net) == found  # the same network, the same clusters


def test_threads_asking_for_the_same_answer_wait_for_one_computation():
    """After an import the analysis and the process's watch both ask for the new projection:
    one reads it, the other waits for it (not a second read of Neo4j and a second copy)."""
    cache, calls, started = AnswerCache(size=2), [], threading.Event()

    def slow():
        calls.append(1)
        started.set()
        time.sleep(0.3)
        return {"projection": len(calls)}

    answers = []
    threads = [threading.Thread(target=lambda: answers.append(cache.get("v1", slow))) for _ in range(3)]
    threads[0].start()
    started.wait(5)
    for thread in threads[1:]:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert calls == [1] and answers == [{"projection": 1}] * 3
    with pytest.raises(ZeroDivisionError):  # a failed computation is not kept: the next asks again
        cache.get("v2", lambda: 1 / 0)
    assert cache.get("v2", lambda: "read") == "read" and cache.get("none", lambda: None) is None
