"""地域の顔役: bridging measures on small graphs worked out by hand, on classic networks
against networkx, and on a generated network with planted brokers."""
import random

import networkx as nx
import pytest

from conftest import build_graph
from service import precompute, questions
from service.graph import Graph
from service.privacy import present


def bridging_people(graph, limit):
    return present(graph, questions.bridging_people(graph, questions.TODAY, limit))


def introduction_paths(graph, a, b, k=3, max_hops=8):
    return present(graph, questions.introduction_paths(graph, questions.TODAY, a, b, k, max_hops))


def _people(*ids, visibility="public"):
    return [{"id": i, "name": f"人{i}", "visibility": visibility} for i in ids]


def _knows(*pairs):
    return [{"person_id": a, "other_id": b, "strength": 2} for a, b in pairs]


def _by_id(result):
    return {item["id"]: item for item in result["items"]}


def test_chain_betweenness_by_hand(fresh_graph, tmp_path):
    # p1 - p2 - p3 - p4 - p5: p3 lies on 4 shortest paths ({p1,p2}×{p4,p5}), p2 and p4 on 3.
    build_graph(fresh_graph, tmp_path, people=_people("p1", "p2", "p3", "p4", "p5"),
                knows=_knows(("p1", "p2"), ("p2", "p3"), ("p3", "p4"), ("p4", "p5")))
    items = _by_id(bridging_people(fresh_graph, limit=10))
    expected = {"p1": 0, "p2": 3, "p3": 4, "p4": 3, "p5": 0}
    for pid, value in expected.items():
        assert items[pid]["measures"]["betweenness"] == pytest.approx(value)
    assert bridging_people(fresh_graph, limit=1)["items"][0]["id"] == "p3"


def test_star_centre_by_hand(fresh_graph, tmp_path):
    # the centre joins C(4,2) = 6 pairs of leaves; its constraint is 4 × (1/4)² = 0.25
    build_graph(fresh_graph, tmp_path, people=_people("c", "l1", "l2", "l3", "l4"),
                knows=_knows(("c", "l1"), ("c", "l2"), ("c", "l3"), ("c", "l4")))
    items = _by_id(bridging_people(fresh_graph, limit=10))
    assert items["c"]["measures"]["betweenness"] == pytest.approx(6)
    assert items["c"]["measures"]["constraint"] == pytest.approx(0.25)
    assert items["l1"]["measures"]["betweenness"] == 0
    assert items["l1"]["measures"]["constraint"] == pytest.approx(1.0)
    assert items["c"]["rank"] == 1


def test_two_clusters_joined_by_one_person(fresh_graph, tmp_path):
    # memberships only: x belongs to a 町会 and an NPO; nobody else belongs to both
    groups = [{"id": "ga", "name": "A町会", "kind": "neighborhood_association", "sector": "chien"},
              {"id": "gb", "name": "BのNPO", "kind": "npo", "sector": "civic"}]
    members = [{"person_id": p, "group_id": "ga"} for p in ("a1", "a2", "a3", "x")]
    members += [{"person_id": p, "group_id": "gb"} for p in ("b1", "b2", "b3", "x")]
    build_graph(fresh_graph, tmp_path, people=_people("a1", "a2", "a3", "b1", "b2", "b3", "x"),
                groups=groups, memberships=members)
    top = bridging_people(fresh_graph, limit=1)["items"][0]
    assert top["id"] == "x"
    # x lies on every path between the 4 vertices on each side: 4 × 4 = 16 pairs
    assert top["measures"]["betweenness"] == pytest.approx(16)
    assert top["measures"]["sectors_spanned"] == 2
    assert {g["id"] for g in top["bridges"]["groups"]} == {"ga", "gb"}
    assert top["bridges"]["sectors"] == ["chien", "civic"]
    assert len(top["cut_off"]) == 1
    assert top["cut_off"][0]["group_count"] == 1 and top["cut_off"][0]["people_count"] == 3


def test_private_people_are_ranked_but_never_named(fresh_graph, tmp_path):
    people = _people("p1", "p3") + _people("p2", visibility="private")
    build_graph(fresh_graph, tmp_path, people=people, knows=_knows(("p1", "p2"), ("p2", "p3")))
    top = bridging_people(fresh_graph, limit=1)["items"][0]
    assert top["anonymous"] is True and top["id"] is None and top["name"] is None
    assert "人p2" not in repr(bridging_people(fresh_graph, limit=10))
    path = introduction_paths(fresh_graph, "p1", "p3")["items"][0]
    assert [n["anonymous"] for n in path["nodes"]] == [False, True, False]
    assert path["nodes"][1]["id"] is None


@pytest.mark.parametrize("name", ["karate_club_graph", "les_miserables_graph", "florentine_families_graph"])
def test_classic_networks_agree_with_networkx(name, fresh_graph, tmp_path):
    graph = nx.convert_node_labels_to_integers(getattr(nx, name)(), label_attribute="label")
    ids = {v: f"n{v}" for v in graph}
    build_graph(fresh_graph, tmp_path, people=_people(*ids.values()),
                knows=_knows(*((ids[a], ids[b]) for a, b in graph.edges())))
    expected = nx.betweenness_centrality(graph, normalized=False)
    items = _by_id(bridging_people(fresh_graph, limit=500))
    for v, value in expected.items():
        assert items[ids[v]]["measures"]["betweenness"] == pytest.approx(value, abs=1e-6)
    rng = random.Random(3)
    for _ in range(15):
        a, b = rng.sample(list(graph), 2)
        paths = introduction_paths(fresh_graph, ids[a], ids[b], k=1, max_hops=20)["items"]
        assert paths[0]["hops"] == nx.shortest_path_length(graph, a, b)


def test_sampled_betweenness_finds_the_same_top(fresh_graph, tmp_path):
    graph = nx.les_miserables_graph()
    graph = nx.convert_node_labels_to_integers(graph)
    build_graph(fresh_graph, tmp_path, people=_people(*(f"n{v}" for v in graph)),
                knows=_knows(*((f"n{a}", f"n{b}") for a, b in graph.edges())))
    exact = [i["id"] for i in bridging_people(fresh_graph, limit=3)["items"]]
    with Graph({**fresh_graph.config, "BRIDGING_EXACT_MAX": 10}) as sampling:
        precompute.refresh(sampling, force=True)
        sampled = bridging_people(sampling, limit=3)
    assert sampled["method"].startswith("sampled:")
    assert sampled["items"][0]["id"] == exact[0]


def test_planted_brokers_are_found_at_the_top(fresh_graph, tmp_path):
    rng = random.Random(11)
    clusters = [[f"c{c}-{i}" for i in range(25)] for c in range(4)]
    pairs = set()
    for members in clusters:
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if rng.random() < 0.3:
                    pairs.add((a, b))
    brokers = ["broker-1", "broker-2", "broker-3"]
    # the clusters touch only through the planted brokers: 0 – 1 – 2 – 3
    for broker, (left, right) in zip(brokers, [(0, 1), (1, 2), (2, 3)]):
        for person in rng.sample(clusters[left], 4) + rng.sample(clusters[right], 4):
            pairs.add((broker, person))
    everyone = [p for members in clusters for p in members] + brokers
    build_graph(fresh_graph, tmp_path, people=_people(*everyone), knows=_knows(*sorted(pairs)))
    top = [i["id"] for i in bridging_people(fresh_graph, limit=3)["items"]]
    assert set(top) == set(brokers)
