"""GET /maps/whole (the network map) and its JSON twin /api/network."""
import re


def test_map_page_shows_the_demo_network(client, demo):
    response = client.get("/maps/whole")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert '<html lang="ja">' in page
    for name in ("練馬区社会福祉協議会", "街かどケアの会", "子育てのひろば ひかりがおか", "田中 美和子"):
        assert name in page
    assert "凡例" in page and "地縁" in page and "区民活動" in page


def test_map_page_loads_nothing_from_other_hosts(client, demo):
    page = client.get("/maps/whole").get_data(as_text=True)
    assert not re.search(r"https?://", page)
    for url in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert url.startswith(("/", "?", "#")), url
    for url in ("/vendor/vis-network/vis-network.min.js", "/vendor/vis-network/vis-network.css",
                "/static/js/map/workspace.js", "/static/css/map.css"):
        assert url in page
        assert client.get(url).status_code == 200
    for module in ("data", "fold", "panel", "picture", "view"):  # what workspace.js imports
        assert client.get(f"/static/js/map/{module}.js").status_code == 200
    assert client.get("/vendor/vis-network/../../network.py").status_code == 404
    csp = client.get("/maps/whole").headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp


def test_json_twin_has_the_same_nodes_and_edges(client, demo):
    page = client.get("/maps/whole").get_data(as_text=True)
    twin = client.get("/api/network").get_json()
    assert f'data-nodes="{len(twin["nodes"])}"' in page
    assert f'data-edges="{len(twin["edges"])}"' in page
    assert len(twin["nodes"]) == demo["people"] + demo["groups"] + demo["collaborations"]
    kinds = {e["type"] for e in twin["edges"]}
    assert {"KNOWS", "MEMBER_OF", "PARTNER_IN", "RELATION:cooperation", "RELATION:conflict"} <= kinds


def test_colours_follow_the_sector_and_size_follows_ties(client, demo):
    nodes = {n["id"]: n for n in client.get("/api/network").get_json()["nodes"]}
    assert nodes["g-chokai-toyotama"]["color"] == nodes["g-chokai-sakuradai"]["color"]
    assert nodes["g-chokai-toyotama"]["color"] != nodes["g-npo-kosodate"]["color"]
    assert nodes["g-shakyo"]["shape"] == "diamond"
    assert nodes["c-care-cafe"]["shape"] == "star"
    people = [n for n in nodes.values() if n["type"] == "Person"]
    busiest = max(people, key=lambda n: n["size"])
    assert busiest["size"] > min(p["size"] for p in people)


def test_private_people_are_never_named(client, demo, driver):
    records, _, _ = driver.execute_query("MATCH (p:Person {visibility: 'private'}) RETURN p.id AS id, p.name AS name")
    assert records
    page = client.get("/maps/whole").get_data(as_text=True)
    twin = client.get("/api/network").get_json()
    by_id = {n["id"]: n for n in twin["nodes"]}
    anonymous = [n for n in twin["nodes"] if n["id"].startswith("anon-")]
    assert len(anonymous) >= len(records)
    for record in records:
        assert record["name"] not in page
        assert record["id"] not in by_id and f'"{record["id"]}"' not in page  # no real id either
    assert all(n["label"] == "(非公開の人)" and n["anonymous"] for n in anonymous)


def test_english_on_request_and_bad_language_is_400(client, demo):
    page = client.get("/maps/whole?lang=en").get_data(as_text=True)
    assert '<html lang="en">' in page and "Legend" in page
    response = client.get("/maps/whole?lang=xx")
    assert response.status_code == 400
    assert response.get_json()["error"]["parameter"] == "lang"
