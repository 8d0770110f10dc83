"""Collaboration candidates, introduction paths and gaps on hand-built graphs, and the API's
answers to unknown ids and bad parameters."""
import json
import random

import igraph
import pytest
from click.testing import CliRunner

from conftest import build_graph
from service.analysis.gaps import Distances, far_pairs
from service import questions
from service.analysis.projection import Projection
from service.cli import main
from service.privacy import present

AREAS = [{"id": "r", "name": "練馬地域", "level": "地域", "parent_id": ""},
         {"id": "a1", "name": "豊玉地区", "level": "地区", "parent_id": "r"},
         {"id": "a2", "name": "石神井台地区", "level": "地区", "parent_id": ""}]


def collaboration_candidates(graph, group, need=None, limit=10):
    return present(graph, questions.collaboration_candidates(graph, questions.TODAY, group, need, limit))


def introduction_paths(graph, a, b, k=3, max_hops=8):
    return present(graph, questions.introduction_paths(graph, questions.TODAY, a, b, k, max_hops))


def network_gaps(graph, area=None, long_hops=5, limit=100):
    return present(graph, questions.network_gaps(graph, questions.TODAY, area, long_hops, limit))


def _group(id_, kind="npo", sector="civic"):
    return {"id": id_, "name": f"団体{id_}", "kind": kind, "sector": sector}


def _people(*ids, visibility="public"):
    return [{"id": i, "name": f"人{i}", "visibility": visibility} for i in ids]


def _network(driver, folder, relations=None, partners=None):
    """N needs 場所. O1 offers it two steps away (a shared member m), O2 four steps away
    (n1 knows x, x knows o2). F offers it too, but nobody connects F."""
    tables = dict(
        areas=AREAS, capabilities=[{"id": "cap", "name": "場所"}],
        groups=[_group("N", "neighborhood_association", "chien"), _group("O1"), _group("O2"), _group("F")],
        people=_people("m", "n1", "x", "o2", "f1"),
        memberships=[{"person_id": p, "group_id": g} for p, g in
                     [("m", "N"), ("m", "O1"), ("n1", "N"), ("o2", "O2"), ("f1", "F")]],
        knows=[{"person_id": "n1", "other_id": "x", "strength": 2},
               {"person_id": "x", "other_id": "o2", "strength": 1}],
        needs=[{"group_id": "N", "capability_id": "cap", "priority": 1}],
        offers=[{"group_id": g, "capability_id": "cap", "priority": 3} for g in ("O1", "O2", "F")],
        group_areas=[{"group_id": g, "area_id": "a1"} for g in ("N", "O1", "O2", "F")],
    )
    if relations:
        tables["relations"] = relations
    if partners:
        tables["collaborations"] = [{"id": "c", "name": "協働C", "status": "active"}]
        tables["partners"] = partners
    build_graph(driver, folder, **tables)


def test_the_nearer_offer_ranks_first_with_its_introduction(fresh_graph, tmp_path):
    _network(fresh_graph, tmp_path)
    items = collaboration_candidates(fresh_graph, "N")["items"]
    assert [i["group"]["id"] for i in items] == ["O1", "O2", "F"]
    first, second, last = items
    assert first["introduction"]["hops"] == 2
    assert [n["id"] for n in first["introduction"]["nodes"]] == ["N", "m", "O1"]
    assert first["introduction"]["ask_first"]["id"] == "m"
    assert second["introduction"]["hops"] == 4
    assert [n["id"] for n in second["introduction"]["nodes"]] == ["N", "n1", "x", "o2", "O2"]
    assert [t["type"] for t in second["introduction"]["ties"]] == ["MEMBER_OF", "KNOWS", "KNOWS", "MEMBER_OF"]
    assert second["introduction"]["from_member"]["id"] == "n1"
    assert second["introduction"]["ask_first"]["id"] == "x"
    assert last["introduction"] is None
    assert [r["code"] for r in last["reasons"]][0] == "no_path"
    assert "same_area" in {r["code"] for r in first["reasons"]}
    # by hand: 40 × 2/2 + 20 (same area) = 60; 40 × 2/4 + 20 = 40; 0 + 20 = 20
    assert [i["score"] for i in items] == [60, 40, 20]


def test_past_conflict_lowers_the_rank_and_cooperation_raises_it(fresh_graph, tmp_path):
    _network(fresh_graph, tmp_path, relations=[
        {"group_id": "N", "other_id": "O1", "kind": "conflict", "since": "2019-03-01"},
        {"group_id": "F", "other_id": "N", "kind": "cooperation", "since": "2015-04-01"}])
    items = collaboration_candidates(fresh_graph, "N")["items"]
    assert [i["group"]["id"] for i in items] == ["O2", "F", "O1"]
    codes = {i["group"]["id"]: {r["code"] for r in i["reasons"]} for i in items}
    assert "past_conflict" in codes["O1"] and "past_cooperation" in codes["F"]


def test_already_partners_are_marked_not_hidden(fresh_graph, tmp_path):
    _network(fresh_graph, tmp_path, partners=[{"group_id": "N", "collaboration_id": "c", "role": "lead"},
                                              {"group_id": "O2", "collaboration_id": "c", "role": "partner"}])
    items = {i["group"]["id"]: i for i in collaboration_candidates(fresh_graph, "N")["items"]}
    assert items["O2"]["already_partners"] is True and items["O2"]["partners_in"] == ["協働C"]
    assert items["O1"]["already_partners"] is False


def test_k_shortest_paths_in_order(fresh_graph, tmp_path):
    # two routes from a to d: a-b-d (2 hops) and a-c-e-d (3 hops)
    build_graph(fresh_graph, tmp_path, people=_people("a", "b", "c", "d", "e"),
                knows=[{"person_id": x, "other_id": y, "strength": 1}
                       for x, y in [("a", "b"), ("b", "d"), ("a", "c"), ("c", "e"), ("e", "d")]])
    items = introduction_paths(fresh_graph, "a", "d", k=3, max_hops=8)["items"]
    assert [[n["id"] for n in p["nodes"]] for p in items] == [["a", "b", "d"], ["a", "c", "e", "d"]]
    assert introduction_paths(fresh_graph, "a", "d", k=3, max_hops=2)["items"][0]["hops"] == 2
    assert len(introduction_paths(fresh_graph, "a", "d", k=3, max_hops=2)["items"]) == 1


def test_gaps_by_hand(fresh_graph, tmp_path, client):
    _network(fresh_graph, tmp_path, partners=[{"group_id": "N", "collaboration_id": "c", "role": "lead"},
                                              {"group_id": "O2", "collaboration_id": "c", "role": "partner"}],
             relations=[{"group_id": "N", "other_id": "O2", "kind": "conflict"}])
    report = network_gaps(fresh_graph, area="r", long_hops=4)
    far = {(p["needing"]["id"], p["offering"]["id"]): p for p in report["far_complementary_pairs"]["items"]}
    assert set(far) == {("N", "O2"), ("N", "F")}
    assert far[("N", "F")]["connected"] is False and far[("N", "O2")]["hops"] == 4
    # partners in 協働C, yet no shorter route between their people: listed, and said to work together
    assert [c["name"] for c in far[("N", "O2")]["partners_in"]] == ["協働C"] and far[("N", "F")]["partners_in"] == []
    # a conflict in their history is said beside the pair, as the candidates page says it
    assert far[("N", "O2")]["conflict"] is True and far[("N", "F")]["conflict"] is False
    page = client.get("/gaps?area=r&long_hops=4", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "協働ではすでに一緒: 協働C" in page and page.count("過去に対立がありました(配慮が必要)") == 1
    csv = client.get("/gaps?area=r&long_hops=4&format=csv&list=pairs").get_data().decode("utf-8-sig").splitlines()
    assert csv[0].endswith(",協働ではすでに一緒,過去に対立") and ",協働C,はい" in "\n".join(csv[1:])  # the download says it too
    assert [g["id"] for g in report["isolated_groups"]["items"]] == ["F"]
    fragile = report["fragile_collaborations"]["items"]
    assert len(fragile) == 1
    assert {n["id"] for n in fragile[0]["depends_on"]} == set()
    assert fragile[0]["disconnected"] is True  # N and O2 share no people: x is not a member


def test_gaps_are_served_as_the_analysis_stored_them(fresh_graph, tmp_path, driver):
    _network(fresh_graph, tmp_path)  # imports, then runs the analysis as after an import
    records, _, _ = driver.execute_query("MATCH (m:TsunaguMeta) WHERE m.id STARTS WITH 'gaps:' "
                                         "RETURN m.id AS id, m.answer AS answer, m.graph_version AS version")
    stored = {r["id"]: r for r in records}
    assert set(stored) == {"gaps:*", "gaps:r", "gaps:a1", "gaps:a2"}  # the ward and each area
    assert {r["version"] for r in records} == {fresh_graph.version()}
    assert all("団体" not in r["answer"] and "人" not in r["answer"] for r in records)  # ids and numbers, no names
    assert json.loads(stored["gaps:r"]["answer"])["far_complementary_pairs"]["total"] == 1  # N and F, not connected
    assert network_gaps(fresh_graph, area="r") == network_gaps(fresh_graph, area="r", limit=99)  # stored = computed
    marked = json.loads(stored["gaps:a1"]["answer"])
    marked["far_complementary_pairs"]["total"] = 77
    driver.execute_query("MATCH (m:TsunaguMeta {id: 'gaps:a1'}) SET m.answer = $answer", answer=json.dumps(marked))
    assert network_gaps(fresh_graph, area="a1")["far_complementary_pairs"]["total"] == 77  # read, not computed
    driver.execute_query("MATCH (m:TsunaguMeta {id: 'gaps:a1'}) SET m.graph_version = 'older'")
    assert network_gaps(fresh_graph, area="a1", limit=50)["far_complementary_pairs"]["total"] == 1  # computed again
    assert network_gaps(fresh_graph, area="a1", long_hops=3)["long_hops"] == 3  # another distance: computed


def test_a_collaboration_hanging_on_one_intermediary(fresh_graph, tmp_path):
    # A and B are tied only through the intermediary S, to which a and b both belong
    build_graph(fresh_graph, tmp_path, groups=[_group("A"), _group("B"), _group("S", "intermediary", "intermediary")],
                people=_people("a", "b", "b2"),
                memberships=[{"person_id": p, "group_id": g} for p, g in
                             [("a", "A"), ("a", "S"), ("b", "B"), ("b2", "B"), ("b", "S"), ("b2", "S")]],
                knows=[{"person_id": "b", "other_id": "b2", "strength": 3}],
                collaborations=[{"id": "c", "name": "協働", "status": "active"}],
                partners=[{"group_id": g, "collaboration_id": "c", "role": r}
                          for g, r in [("A", "lead"), ("B", "partner"), ("S", "coordinator")]])
    fragile = network_gaps(fresh_graph)["fragile_collaborations"]["items"]
    # removing S (or a, A's only member) cuts A off; B has two members tied to S, so neither alone matters
    assert {n["id"] for n in fragile[0]["depends_on"]} == {"a", "S"}


def test_api_answers_and_errors(client, demo):
    body = client.get("/api/bridging?limit=3").get_json()
    assert len(body["items"]) == 3 and body["items"][0]["score"] >= body["items"][1]["score"]
    assert client.get("/api/bridging?limit=0").get_json()["error"]["parameter"] == "limit"
    assert client.get("/api/bridging?sector=mars").status_code == 400
    assert client.get("/api/bridging?area=nowhere").status_code == 404
    only = client.get("/api/bridging?area=a-oizumi&limit=50").get_json()["items"]
    assert only and len(only) < len(client.get("/api/bridging?limit=500").get_json()["items"])
    response = client.get("/api/groups/g-npo-kosodate/candidates?need=cap-basho")
    assert response.status_code == 200
    assert all(i["capability"]["id"] == "cap-basho" for i in response.get_json()["items"])
    assert client.get("/api/groups/nope/candidates").status_code == 404
    assert client.get("/api/groups/g-npo-kosodate/candidates?need=nope").get_json()["error"]["parameter"] == "need"
    assert client.get("/api/paths?to=p-001").get_json()["error"]["parameter"] == "from"
    assert client.get("/api/paths?from=p-001&to=zzz").status_code == 404
    assert client.get("/api/paths?from=p-001&to=p-011&k=99").status_code == 400
    paths = client.get("/api/paths?from=p-001&to=g-biz-gakudo&k=2").get_json()["items"]
    assert paths and paths[0]["nodes"][0]["id"] == "p-001" and paths[0]["nodes"][-1]["id"] == "g-biz-gakudo"
    gaps = client.get("/api/gaps?area=a-nerima").get_json()
    assert set(gaps) >= {"far_complementary_pairs", "isolated_groups", "fragile_collaborations"}


def test_cli_twins(neo4j, demo):
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    runner = CliRunner()
    result = runner.invoke(main, ["bridging", "--limit", "3", "--json"], env=env)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["items"]) == 3
    table = runner.invoke(main, ["candidates", "g-npo-kosodate", "--need", "cap-basho"], env=env)
    assert table.exit_code == 0 and "ask first" in table.output and "→" in table.output
    path = runner.invoke(main, ["path", "p-003", "p-011"], env=env)
    assert path.exit_code == 0 and "hops" in path.output
    gaps = runner.invoke(main, ["gaps"], env=env)
    assert gaps.exit_code == 0 and "isolated groups" in gaps.output
    missing = runner.invoke(main, ["candidates", "nope"], env=env)
    assert missing.exit_code == 1 and "nope" in missing.output


@pytest.mark.parametrize("long_hops", [2, 3, 4, 5, 6, 9])
def test_far_pairs_match_a_plain_breadth_first_search(long_hops):
    """The ball-meeting shortcut finds exactly the pairs a full search finds, with their hops."""
    graph = igraph.Graph.Erdos_Renyi(n=300, m=330)
    graph.add_vertices(3)  # isolated vertices: pairs with no path at all
    ids = [f"v{i}" for i in range(graph.vcount())]
    projection = Projection.from_ties([{"id": v, "type": "Group"} for v in ids],
                                      [(ids[a], ids[b], {"type": "KNOWS"}) for a, b in graph.get_edgelist()])
    rng = random.Random(long_hops)
    rows = [{"needing_id": f"v{a}", "offering_id": f"v{b}", "capability_id": "c", "areas": []}
            for a, b in {(rng.randrange(303), rng.randrange(303)) for _ in range(400)} if a != b]
    expected = {}
    for row in rows:
        hops = projection.graph.distances(source=projection.index[row["needing_id"]],
                                          target=projection.index[row["offering_id"]])[0][0]
        if hops >= long_hops:
            expected[(row["needing_id"], row["offering_id"])] = None if hops == float("inf") else hops
    found = {(r["needing"]["ref"], r["offering"]["ref"]): r["hops"] for r in far_pairs(projection, rows, long_hops)}
    assert found == expected and expected
    measure = Distances(projection.graph, 2)  # the analysis's: compiled, on threads, each pair measured once
    for part in (rows[::2], rows):  # an area's pairs, then the ward's (half of them measured already)
        asked = {(row["needing_id"], row["offering_id"]) for row in part}
        shared = {(r["needing"]["ref"], r["offering"]["ref"]): r["hops"] for r in far_pairs(projection, part, long_hops, measure)}
        assert shared == {pair: hops for pair, hops in expected.items() if pair in asked}


def test_a_cut_list_of_gaps_says_so(client, demo):
    """At ward scale the gaps run to hundreds (588 far pairs) and a page shows the first 100 of
    each: it says so, and how to see more, instead of quietly leaving areas out."""
    whole = client.get("/api/gaps").get_json()
    assert whole["far_complementary_pairs"]["total"] > 1  # the demo has enough to cut at one
    assert 'id="gaps-cut"' not in client.get("/gaps", headers={"Accept": "text/html"}).get_data(as_text=True)
    page = client.get("/gaps?limit=1", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="gaps-cut"' in page and "それぞれ最初の 1 件だけを表示しています" in page
    assert "地域を選ぶと" in page and "limit=1000" in page and "1,000 件まで表示する" in page


def test_a_member_of_both_groups_is_named_once_as_such(client, fresh_graph, tmp_path):
    """m belongs to N and to O1: the page said 「紹介を頼む人: 人m — こちらの会員: 人m」; it
    names m once, as a member of both. O2's route starts from another member (n1)."""
    _network(fresh_graph, tmp_path)
    items = client.get("/api/partners?group=N&need=cap").get_json()["candidates"]
    assert [i["introduction"]["member_of_both"] for i in items[:2]] == [True, False]
    page = client.get("/partners?group=N&need=cap", headers={"Accept": "text/html"}).get_data(as_text=True)
    o1, o2 = (part.split('class="ask"')[1].split("</p>")[0] for part in page.split('class="candidate"')[1:3])
    assert o1.count("人m") == 1 and "こちらの会員で、相手の団体にも所属" in o1 and "こちらの会員:" not in o1
    assert "こちらの会員: " in o2 and "人n1" in o2
