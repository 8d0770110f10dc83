"""Who alone links two groups (the local part of 地域の顔役, answered by Cypher): worked out by
hand on a small network, through the question, its page's JSON twin and the person page."""
from conftest import build_graph
from service import cypher_questions
from service.privacy import present


def _network(graph, folder):
    """A (地縁, in area r1) and B, C (区民活動), D (事業者) in area r2.
    p belongs to A and B, and knows c1, C's only member; b1 (B) knows c1 too; r and t (A) know
    d1 and d2 (D); e once belonged to A as well as B, until 2020. B and C cooperate.
    By hand: A–B hang on p alone (e has left A); A–C on the tie p–c1, so on p and on c1;
    B–C would hang on c1, but they cooperate already; A–D has two ties, so on nobody."""
    build_graph(graph, folder,
                areas=[{"id": "r1", "name": "地域一", "level": "地域"}, {"id": "r2", "name": "地域二", "level": "地域"}],
                groups=[{"id": "A", "name": "町会A", "kind": "neighborhood_association", "sector": "chien"},
                        {"id": "B", "name": "NPO B", "kind": "npo", "sector": "civic"},
                        {"id": "C", "name": "NPO C", "kind": "npo", "sector": "civic"},
                        {"id": "D", "name": "商店D", "kind": "business", "sector": "business"}],
                people=[{"id": i, "name": f"人{i}", "visibility": "private" if i == "c1" else "public"}
                        for i in ("p", "r", "t", "b1", "c1", "d1", "d2", "e")],
                memberships=[{"person_id": a, "group_id": g, "until": until} for a, g, until in
                             [("p", "A", ""), ("r", "A", ""), ("t", "A", ""), ("p", "B", ""), ("b1", "B", ""),
                              ("c1", "C", ""), ("d1", "D", ""), ("d2", "D", ""), ("e", "A", "2020-03-31"),
                              ("e", "B", "")]],
                knows=[{"person_id": a, "other_id": b, "strength": 2} for a, b in
                       [("p", "c1"), ("b1", "c1"), ("r", "d1"), ("t", "d2")]],
                relations=[{"group_id": "B", "other_id": "C", "kind": "cooperation"}],
                group_areas=[{"group_id": g, "area_id": "r1" if g == "A" else "r2"} for g in "ABCD"])


def test_who_alone_links_two_groups_by_hand(fresh_graph, tmp_path):
    _network(fresh_graph, tmp_path)
    for area in ("r1", "r2"):
        items = cypher_questions.only_links(fresh_graph, area=area)["items"]
        found = {i["ref"]: sorted(tuple(g["ref"] for g in pair["groups"]) for pair in i["linked"]) for i in items}
        assert found == {"p": [("A", "B"), ("A", "C")], "c1": [("A", "C")]}, area
        assert [i["ref"] for i in items] == ["p", "c1"]  # two pairs of 地縁 and 区民活動 before one
        first = items[0]
        assert (first["rank"], first["pairs"], first["first_pairs"]) == (1, 2, 2)
        assert first["sector_pairs"] == [{"sectors": ["chien", "civic"], "count": 2}]
        assert first["reach"] == {"own": {"chien": 1, "civic": 1}, "through": {"civic": 1}}
    alone = cypher_questions.only_links(fresh_graph, person="c1")["items"]
    assert [(i["ref"], i["pairs"]) for i in alone] == [("c1", 1)]
    assert cypher_questions.only_links(fresh_graph, person="r")["items"] == []


def test_the_page_twin_names_at_the_readers_level(fresh_graph, tmp_path, client):
    _network(fresh_graph, tmp_path)
    body = client.get("/api/bridging/only-links?area=地域一").get_json()
    assert body["area"] == "r1"
    named = [i["label"] for i in body["items"]]
    assert named[0] == "人p" and "人c1" not in named and "c1" not in str(body)  # private: no name, no id
    assert body["items"][0]["why_text"] == "この人がいなければ、町会A と NPO B をはじめ 2 組の団体の接点がなくなります。"
    assert body["items"][1]["anonymous"] is True and body["items"][1]["why_text"] == \
        "この人がいなければ、町会A と NPO C の接点はなくなります。"
    assert client.get("/api/bridging/only-links").get_json()["needs_scope"] is True
    assert client.get("/api/bridging/only-links?area=nowhere").status_code == 404
    csv = client.get("/bridging/only-links?area=r1&format=csv").get_data(as_text=True)
    assert "人p" in csv and "町会A — NPO B" in csv and "地縁↔区民活動 2" in csv
    page = client.get("/bridging/only-links?area=r1").get_data(as_text=True)
    assert "ひとりだけがつなぐ団体の組" in page and "町会A" in page
    person = client.get("/api/people/p").get_json()
    assert person["only_links"]["pairs"] == 2
    assert {g["name"] for pair in person["only_links"]["linked"] for g in pair["groups"]} == {"町会A", "NPO B", "NPO C"}
