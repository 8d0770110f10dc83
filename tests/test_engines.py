"""The two engines agree: Cypher in Neo4j (service/cypher_questions.py) and igraph on the
projection (service/analysis/paths.py, candidates.py) give the same introduction paths and
the same ranked candidates — same lengths, same scores and order, every Cypher path a real
path of the view, the same introduction when a pair has at most ten shortest paths — on a generated network with dated, ended and stale ties, for today, an
earlier day and only the surer ties, and on the demo network."""
import random

import pytest

from conftest import build_graph
from service import cypher_questions, projections
from service.analysis import candidates, paths
from service.analysis.projection import TYPE
from service.questions import View

VIEWS = [View(), View(as_of="2019-06-30"), View(min_confidence=0.5), View(as_of="2021-01-01", min_confidence=0.5)]


def _generated(seed: int = 11, people: int = 160, groups: int = 24) -> dict:
    """Groups in two areas with themes, people in one or two groups, acquaintances mostly
    inside groups, ties begun in 2015–2025, some ended, some confirmed lately; needs and offers."""
    rng = random.Random(seed)
    day = lambda: f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"  # noqa: E731
    group_ids = [f"g{i}" for i in range(groups)]
    members = {g: [] for g in group_ids}
    memberships = []
    for i in range(people):
        for g in rng.sample(group_ids, rng.choice([1, 1, 2])):
            members[g].append(f"p{i}")
            memberships.append({"person_id": f"p{i}", "group_id": g, "since": day(),
                                "until": day() if rng.random() < 0.1 else ""})
    pairs = set()
    while len(pairs) < people * 2:
        pool = members[rng.choice(group_ids)] if rng.random() < 0.7 else [f"p{i}" for i in range(people)]
        if len(pool) > 1:
            pairs.add(tuple(sorted(rng.sample(pool, 2))))
    knows = [{"person_id": a, "other_id": b, "strength": rng.randint(1, 3), "since": day(),
              "confirmed": day() if rng.random() < 0.5 else ""} for a, b in sorted(pairs)]
    return dict(
        areas=[{"id": "r1", "name": "地域一", "level": "地域"}, {"id": "r2", "name": "地域二", "level": "地域"}],
        themes=[{"id": f"t{i}", "name": f"テーマ{i}"} for i in range(3)],
        capabilities=[{"id": f"c{i}", "name": f"強み{i}"} for i in range(3)],
        groups=[{"id": g, "name": f"団体{g}", "kind": "npo", "sector": rng.choice(["chien", "civic"])} for g in group_ids],
        people=[{"id": f"p{i}", "name": f"人{i}", "visibility": "public"} for i in range(people)],
        memberships=memberships, knows=knows,
        group_areas=[{"group_id": g, "area_id": rng.choice(["r1", "r2"])} for g in group_ids],
        group_themes=[{"group_id": g, "theme_id": f"t{rng.randrange(3)}"} for g in group_ids],
        needs=[{"group_id": g, "capability_id": f"c{rng.randrange(3)}"} for g in group_ids[::2]],
        offers=[{"group_id": g, "capability_id": f"c{rng.randrange(3)}"} for g in group_ids[1::2]],
        relations=[{"group_id": "g1", "other_id": "g2", "kind": "conflict"},
                   {"group_id": "g3", "other_id": "g4", "kind": "cooperation"}])


def test_the_engines_agree_on_a_generated_network(fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **_generated())
    compared = _compare(fresh_graph, [f"p{i}" for i in range(160)] + [f"g{i}" for i in range(24)],
                        [f"g{i}" for i in range(0, 24, 2)])
    assert compared["paths"] > 100 and compared["candidates"] > 20 and compared["unreachable"] > 0


def test_the_engines_agree_on_the_demo(graph, demo):
    projection = projections.current(graph)
    people_and_groups = [i for i, n in zip(projection.ids, projection.nodes) if n["type"] != "Event"]
    groups = [i for i, n in zip(projection.ids, projection.nodes) if n["type"] == "Group"]
    compared = _compare(graph, people_and_groups, groups, views=VIEWS[:2], pairs=60)
    assert compared["paths"] > 50 and compared["candidates"] > 10 and compared["same_introductions"] > 10


def test_a_path_to_oneself_is_the_node_alone(graph, demo):
    assert cypher_questions.introduction_paths(graph, View(), "p-001", "p-001", 3, 8) == \
        paths.shortest(projections.current(graph), "p-001", "p-001", 3, 8)


# ---------------------------------------------------------------------------------------
def _compare(graph, ends: list[str], needing: list[str], views=VIEWS, pairs: int = 40) -> dict:
    rng = random.Random(3)
    counted = {"paths": 0, "candidates": 0, "unreachable": 0, "same_introductions": 0}
    for view in views:
        projection = projections.current(graph, view.as_of, view.min_confidence)
        for _ in range(pairs):
            a, b = rng.sample(ends, 2)
            k, hops = rng.choice([1, 3, 5]), rng.choice([3, 8])
            by_cypher = cypher_questions.introduction_paths(graph, view, a, b, k, hops)
            by_igraph = paths.shortest(projection, a, b, k, hops)
            assert [p["hops"] for p in by_cypher] == [p["hops"] for p in by_igraph], (view, a, b, k, hops)
            for path in by_cypher:
                _assert_real(projection, path, a, b)
            counted["paths"] += len(by_cypher)
            counted["unreachable"] += not by_cypher
        for group in needing:
            rows = graph.read("analysis/candidates", group=group, need=None)
            by_cypher = cypher_questions.collaboration_candidates(graph, view, group, rows, 10)
            by_igraph = candidates.on_projection(projection, group, rows, 10)
            assert _ranked(by_cypher) == _ranked(by_igraph), (view, group)
            for by_c, by_i in zip(by_cypher, by_igraph):  # the same introduction, when it is one of ten or fewer
                if by_c["introduction"] and len(projection.graph.get_all_shortest_paths(
                        projection.index[group], to=projection.index[by_c["group"]["ref"]])) <= paths.SEARCHED:
                    assert [n["ref"] for n in by_c["introduction"]["nodes"]] == \
                        [n["ref"] for n in by_i["introduction"]["nodes"]], (view, group, by_c["group"]["ref"])
                    counted["same_introductions"] += 1
            for item in by_cypher:
                if item["introduction"]:
                    _assert_real(projection, item["introduction"], group, item["group"]["ref"])
                    assert item["introduction"]["ask_first"]["type"] == "Person"
            counted["candidates"] += len(by_cypher)
    return counted


def _ranked(items: list[dict]) -> list[tuple]:
    return [(i["group"]["ref"], i["capability"]["ref"], i["score"], [r["code"] for r in i["reasons"]],
             i["introduction"] and i["introduction"]["hops"]) for i in items]


def _assert_real(projection, path: dict, a: str, b: str) -> None:
    """A path of the view: from a to b, no node twice, each step a tie of that day."""
    ids = [n["ref"] for n in path["nodes"]]
    assert ids[0] == a and ids[-1] == b and len(set(ids)) == len(ids) and path["hops"] == len(ids) - 1
    for (x, y), tie in zip(zip(ids, ids[1:]), path["ties"]):
        edge = projection.graph.get_eid(projection.index[x], projection.index[y], error=False)
        assert edge >= 0, (x, y)
        assert projection.edges[edge][TYPE] == tie["type"]
    assert [n["type"] for n in path["nodes"]] == [projection.nodes[projection.index[i]]["type"] for i in ids]


@pytest.mark.parametrize("hops", [9, 12])
def test_longer_searches_are_answered_by_igraph(graph, demo, hops):
    from service import questions
    found = questions.introduction_paths(graph, View(), "p-001", "p-011", 3, hops)["items"]
    assert [p["hops"] for p in found] == [p["hops"] for p in paths.shortest(projections.current(graph), "p-001", "p-011", 3, hops)]


def test_cypher_answers_while_the_projection_loads_then_igraph(config, demo):
    """A new process (a new handle: nothing in memory) answers at once from Cypher and loads
    the projection meanwhile; once it holds it, igraph answers — the same paths and candidates."""
    import time
    from service import questions
    from service.graph import Graph
    with Graph(config) as handle:
        version = handle.version()
        assert handle.caches.projections.peek(("projection", version)) is None
        first = questions.introduction_paths(handle, View(), "p-003", "p-011", 3, 8)["items"]
        assert first == cypher_questions.introduction_paths(handle, View(), "p-003", "p-011", 3, 8)
        offered = questions.collaboration_candidates(handle, View(), "g-npo-kosodate")["items"]
        for _ in range(300):
            if handle.caches.projections.peek(("projection", version)) is not None:
                break
            time.sleep(0.1)
        projection = handle.caches.projections.peek(("projection", version))
        assert projection is not None  # loaded by the first question, in the background
        later = questions.introduction_paths(handle, View(), "p-003", "p-011", 3, 8)["items"]
        assert later == paths.shortest(projection, "p-003", "p-011", 3, 8)
        assert [p["hops"] for p in later] == [p["hops"] for p in first]
        assert _ranked(questions.collaboration_candidates(handle, View(), "g-npo-kosodate")["items"]) == _ranked(offered)
