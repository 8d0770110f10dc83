"""Maps for every question: each page and its JSON twin show the same nodes and edges; big
maps are folded into groups and say so; hostile names stay text."""
import re
import tempfile
from pathlib import Path

import pytest

from conftest import build_graph

MAPS = ["/maps/network?sector=chien", "/maps/ego/p-001?depth=2", "/maps/path?from=p-003&to=p-011",
        "/maps/bridging?area=a-oizumi", "/maps/candidates/g-npo-kosodate?need=cap-basho"]


@pytest.mark.parametrize("url", MAPS)
def test_each_map_page_has_a_json_twin_with_the_same_nodes(client, demo, url):
    page = client.get(url)
    assert page.status_code == 200
    twin = client.get("/api" + url).get_json()
    html = page.get_data(as_text=True)
    assert f'data-nodes="{len(twin["nodes"])}"' in html and f'data-edges="{len(twin["edges"])}"' in html
    assert twin["nodes"] and twin["aggregated"] is None
    assert not re.search(r"https?://", html)


def test_filters_select_what_they_say(client, demo):
    nodes = client.get("/api/maps/network?sector=chien").get_json()["nodes"]
    groups = [n for n in nodes if n["type"] == "Group"]
    assert groups and all(g["sector"] == "chien" for g in groups)
    themed = client.get("/api/maps/network?theme=t-midori").get_json()["nodes"]
    assert "g-npo-midori" in {n["id"] for n in themed} and "g-npo-kosodate" not in {n["id"] for n in themed}
    area = {n["id"] for n in client.get("/api/maps/network?area=a-oizumi").get_json()["nodes"]}
    assert "g-chokai-higashioizumi" in area and "g-chokai-toyotama" not in area


def test_path_and_candidate_maps_highlight_the_route(client, demo):
    path = client.get("/api/paths?from=p-003&to=p-011&k=1").get_json()["items"][0]
    twin = client.get("/api/maps/path?from=p-003&to=p-011&k=1").get_json()
    highlighted = [e for e in twin["edges"] if e.get("width") == 5]
    assert len(highlighted) == path["hops"]
    nodes = {n["id"]: n for n in twin["nodes"]}
    assert nodes["p-003"]["borderWidth"] == 5 and nodes["p-011"]["borderWidth"] == 5
    candidates = client.get("/api/maps/candidates/g-npo-kosodate?need=cap-basho").get_json()
    assert any(e.get("width") == 5 for e in candidates["edges"])


def test_bridging_map_sizes_by_score_and_labels_the_top(client, demo):
    twin = client.get("/api/maps/bridging").get_json()
    people = [n for n in twin["nodes"] if n["type"] == "Person"]
    labelled = [p for p in people if p["label"].strip()]
    assert 1 <= len(labelled) <= 10
    assert max(p["size"] for p in labelled) >= max(p["size"] for p in people if not p["label"].strip())


def test_big_maps_are_folded_into_groups_and_say_so(app, client, demo):
    """Above TSUNAGU_MAP_MAX_NODES, the map of people and groups and the whole network (which
    at ward scale read 380,000 ties and ran into the worker's timeout) fold people into groups."""
    from service import projections
    app.config["MAP_MAX_NODES"] = 50
    try:
        twins = {name: client.get(f"/api/maps/{name}").get_json() for name in ("network", "whole")}
        pages = {name: client.get(f"/maps/{name}").get_data(as_text=True) for name in ("network", "whole")}
        with app.app_context():
            handle = app.extensions["graph"]
            projection = projections.current(handle)
            kept = handle.caches.answers.peek(("folded", projection.version, projection.view,
                                               tuple(sorted(projection.people_and_groups))))
    finally:
        app.config["MAP_MAX_NODES"] = 1500
    nodes, edges, _folded = kept  # the folding is kept for the next reader: ids, kinds and numbers only
    assert len(nodes) == len(twins["network"]["nodes"]) and not any("name" in n or "label" in n for n in nodes)
    for name, twin in twins.items():
        assert twin["aggregated"]["people_folded"] > 0
        assert {n["type"] for n in twin["nodes"]} == {"Group"}
        assert all(e["type"] == "GROUP_LINK" for e in twin["edges"])
        assert "所属団体にまとめて表示しています" in pages[name]
    assert twins["network"]["note"] is None
    assert "協働は、人を団体にまとめたこの地図には入りません" in twins["whole"]["note"] and twins["whole"]["note"] in pages["whole"]
    whole = client.get("/api/maps/whole").get_json()  # below the threshold: everything, collaborations too
    assert whole["aggregated"] is None and "Collaboration" in {n["type"] for n in whole["nodes"]}


def test_unknown_ids_and_bad_parameters(client, demo):
    assert client.get("/maps/ego/nope").status_code == 404
    assert client.get("/api/maps/ego/p-001?depth=3").get_json()["error"]["parameter"] == "depth"
    assert client.get("/api/maps/path?from=p-001").get_json()["error"]["parameter"] == "to"
    assert client.get("/maps/unknown").status_code == 404


def test_hostile_names_stay_text(client, fresh_graph, tmp_path):
    evil = '<img src=x onerror=alert(1)></script><script>alert(2)</script>'
    build_graph(fresh_graph, tmp_path, people=[{"id": "p1", "name": evil, "visibility": "public"}],
                groups=[{"id": "g1", "name": evil, "kind": "npo", "sector": "civic"}],
                memberships=[{"person_id": "p1", "group_id": "g1"}])
    for url in ("/maps/whole", "/maps/network", "/maps/ego/g1"):
        html = client.get(url).get_data(as_text=True)
        assert "<img src=x" not in html and "<script>alert" not in html
        assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html


def test_details_of_a_node(client, demo):
    group = client.get("/api/maps/details/g-chokai-toyotama").get_json()
    assert group["needs"] and group["offers"] and group["members"] > 0
    person = client.get("/api/maps/details/p-001").get_json()
    assert {g["id"] for g in person["groups"]} >= {"g-chokai-toyotama", "g-vol-cafe"}
    assert client.get("/api/maps/details/nope").status_code == 404


def test_areas_and_themes_by_name_and_clear_messages(client, demo):
    by_id = client.get("/api/maps/bridging?area=a-hikarigaoka").get_json()
    for name in ("光が丘", "光が丘地域"):  # the name, with or without 地域
        by_name = client.get(f"/api/maps/bridging?area={name}").get_json()
        assert by_name["nodes"] == by_id["nodes"] and by_name["filters"]["area"] == "a-hikarigaoka"
        assert "光が丘地域" in by_name["subtitle"]
    themed = client.get("/api/maps/network?theme=みどり").get_json()
    assert themed["filters"]["theme"] == "t-midori"
    unknown = client.get("/api/maps/network?area=どこにもない町")
    assert unknown.status_code == 404
    error = unknown.get_json()["error"]
    assert error["parameter"] == "area" and "「どこにもない町」という地域はありません" in error["message"]
    assert "There is no area called" in error["message_en"]
    page = client.get("/maps/network?area=どこにもない町", headers={"Accept": "text/html"})
    assert page.status_code == 404 and 'id="map-form"' in page.get_data(as_text=True)  # the panel stays


def test_titles_name_whose_map_and_which_filters(client, demo):
    ego = client.get("/api/maps/ego/p-001?depth=2&as_of=2020").get_json()
    assert ego["title"] == "周りのつながり: 田中 美和子"
    assert ego["as_of"] == "2020-12-31" and "2 歩先まで" in ego["subtitle"] and "2020年12月31日" in ego["subtitle"]
    path = client.get("/api/maps/path?from=p-003&to=p-011").get_json()
    assert path["title"] == "紹介ルート: 高橋 由美 → 佐藤 久美子"
    candidates = client.get("/api/maps/candidates/g-npo-kosodate?need=cap-basho").get_json()
    assert candidates["title"] == "協働の候補: NPO法人ねりま子育てネット" and candidates["subtitle"] == "求めること: 場所"
    marks = {m["key"] for m in candidates["legend"]["marks"]}  # and the ages of ties it draws, if any
    assert {"highlight", "route", "candidate"} <= marks <= {"highlight", "route", "candidate", "new", "fading"}
    english = client.get("/api/maps/network?sector=chien&lang=en").get_json()
    assert english["title"] == "People and groups" and english["subtitle"] == "Neighbourhood-based"


def test_groups_only_folds_people_into_their_groups(client, demo):
    twin = client.get("/api/maps/groups?sector=chien").get_json()
    assert twin["nodes"] and {n["type"] for n in twin["nodes"]} == {"Group"}
    assert twin["aggregated"]["asked"] is True and "message" not in twin["aggregated"]
    legend = twin["legend"]  # explains what is drawn: no people, no collaborations, one sector
    assert {t["key"] for t in legend["types"]} <= {"Group", "Intermediary"} and legend["types"]
    assert [s["key"] for s in legend["sectors"]] == ["chien"]
    assert {e["key"] for e in legend["edges"]} == {e["type"] for e in twin["edges"]}
    assert legend["widths"] == ["団体間の線の太さ = 共通の会員と、知り合いどうしの会員の数"]  # what a width means
    by_score = client.get("/api/maps/groups?sector=chien&size=bridging").get_json()  # no people to size
    assert by_score["legend"]["size"] == "大きさ = つながりの数" and "size" not in by_score["filters"]
    people = client.get("/api/maps/ego/p-003").get_json()["legend"]
    assert "Person" in {t["key"] for t in people["types"]} and "KNOWS" in {e["key"] for e in people["edges"]}


def test_graphml_and_gexf_are_read_by_networkx_with_names_at_the_readers_level(client, demo, driver):
    import networkx as nx
    records, _, _ = driver.execute_query("MATCH (p:Person {visibility: 'private'}) RETURN p.id AS id, p.name AS name")
    private = {r["id"] for r in records} | {r["name"] for r in records}
    twin = client.get("/api/maps/network").get_json()
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        response = client.get(f"/api/maps/network?format={fmt}")
        assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
        path = Path(tempfile.mkdtemp()) / f"map.{fmt}"
        path.write_bytes(response.data)
        graph = read(path)
        assert graph.number_of_nodes() == len(twin["nodes"]) and graph.number_of_edges() == len(twin["edges"])
        labels = {data.get("label") for _node, data in graph.nodes(data=True)}
        assert "田中 美和子" in labels
        assert not private & (set(graph.nodes) | labels)
    assert client.get("/api/maps/network?format=pdf").status_code == 400


def test_map_kinds_are_declared_once(client, demo):
    from service import embed
    from service.maps import kinds
    assert embed.MAPS == tuple(k.name for k in kinds.KINDS)
    page = client.get("/maps/network").get_data(as_text=True)
    for kind in kinds.KINDS:
        assert f'<option value="{kind.name}"' in page
        target = "g-dept-kosodate" if kind.name == "department" else "g-npo-kosodate"  # a department's map: a department
        url = f"/api/maps/{kind.name}" + (f"/{target}" if kind.target else "")
        url += "?from=p-003&to=p-011" if kind.name == "path" else ""
        assert client.get(url).status_code == 200, url


def test_one_palette_for_pages_maps_and_legends(client):
    from visualizations import styles
    css = client.get("/palette.css").get_data(as_text=True)
    for sector, colour in styles.SECTOR_COLORS.items():
        assert f".sector-{sector} {{ border-color: {colour};" in css and f".swatch-{sector} {{ background: {colour}; }}" in css
    for sheet in ("pages.css", "map.css"):
        text = client.get(f"/static/css/{sheet}").get_data(as_text=True)
        assert not re.search(r"\.(sector|swatch)-(chien|civic|business|public|intermediary)", text), sheet
    assert 'href="/palette.css"' in client.get("/bridging", headers={"Accept": "text/html"}).get_data(as_text=True)


@pytest.mark.parametrize("url", ["/api/maps/whole", "/api/maps/ego/g-chokai-toyotama?depth=2", "/api/maps/network"])
def test_another_year_keeps_everyone_in_place_and_leaves_out_who_was_not_there(client, demo, url):
    today = {n["id"]: (n["x"], n["y"]) for n in client.get(url).get_json()["nodes"]}
    joiner = "&" if "?" in url else "?"
    then = client.get(f"{url}{joiner}as_of=2016").get_json()
    placed = {n["id"]: (n["x"], n["y"]) for n in then["nodes"]}
    assert 0 < len(placed) < len(today)
    named = {k: v for k, v in placed.items() if not k.startswith("anon-")}
    assert named and all(today[k] == v for k, v in named.items())
    tied = {e["from"] for e in then["edges"]} | {e["to"] for e in then["edges"]}
    assert all(n["id"] in tied or n["type"] != "Person" for n in then["nodes"])


def test_clusters_list_and_colour_the_map(client, viewer_client, demo, driver):
    found = client.get("/api/communities").get_json()
    assert found["modularity"] > 0.3 and found["items"]
    first = found["items"][0]
    assert set(first) >= {"id", "size", "groups", "bridges"} and first["groups"][0]["name"]
    assert [c["size"] for c in found["items"]] == sorted((c["size"] for c in found["items"]), reverse=True)
    assert "membership" not in found  # each node's cluster stays inside (it is keyed by real ids)
    records, _, _ = driver.execute_query("MATCH (p:Person {visibility: 'private'}) RETURN p.id AS id")
    private = {r["id"] for r in records}
    for reader in (client, viewer_client):
        shown = reader.get("/api/communities").get_json()
        assert not private & {b["id"] for c in shown["items"] for b in c["bridges"]}
    coloured = client.get("/api/maps/network?colour=community").get_json()
    numbers = {n["community"] for n in coloured["nodes"] if n.get("community")}
    assert numbers and coloured["legend"]["communities"] and coloured["subtitle"] == "まとまりごとの色"
    assert client.get("/communities", headers={"Accept": "text/html"}).status_code == 200
    assert client.get("/api/maps/network?colour=rainbow").status_code == 400


def test_a_map_of_one_area_gives_its_own_clusters_the_colours(client, demo):
    """石神井地域 coloured by cluster: its clusters were the ward's 6th to 9th, so two of them
    were drawn in the grey of 「その他」 and the legend listed clusters the map hardly showed."""
    data = client.get("/api/maps/network?area=a-shakujii&colour=community").get_json()
    drawn = {n["community"] for n in data["nodes"] if n.get("community")}
    legend = data["legend"]["communities"]
    assert {item["key"] for item in legend} == drawn and min(drawn) > 1  # not the ward's largest
    assert len({item["color"] for item in legend}) == len(legend)  # each its own colour, no 「その他」
    colour = {item["key"]: item["color"] for item in legend}
    for node in data["nodes"]:
        background = node["color"] if isinstance(node["color"], str) else node["color"]["background"]
        assert background == colour[node["community"]]
    assert all(item["label"] == f"まとまり {item['key']}" for item in legend)  # the ward's numbers, as listed


def test_people_sized_by_their_bridging_score(client, demo):
    top = client.get("/api/bridging?limit=1").get_json()["items"][0]
    by_ties = {n["id"]: n["size"] for n in client.get("/api/maps/network").get_json()["nodes"]}
    by_score = client.get("/api/maps/network?size=bridging").get_json()
    sizes = {n["id"]: n["size"] for n in by_score["nodes"]}
    people = [n["id"] for n in by_score["nodes"] if n["type"] == "Person" and not n["anonymous"]]
    assert sizes[top["id"]] == max(sizes[p] for p in people) and sizes != by_ties
    assert by_score["legend"]["size"] == "大きさ = 顔役スコア" and "大きさ = 顔役スコア" in by_score["subtitle"]
    assert client.get("/api/maps/network?size=age").status_code == 400


def test_the_map_finds_a_person_or_a_group_by_its_reading(client, demo):
    """The map's own search box finds 「たなか」 as the site's search does: each node named
    to the reader carries its folded name and reading; a person shown without a name, none."""
    nodes = client.get("/api/maps/network").get_json()["nodes"]
    by_id = {n["id"]: n for n in nodes}
    assert by_id["p-001"]["search"] == "田中美和子 たなかみわこ"
    assert "ねりましぇふのかい" in by_id["g-biz-chefs"]["search"]
    hidden = [n for n in nodes if n.get("anonymous")]
    assert hidden and not any(n.get("search") for n in hidden)


def test_the_maps_home_links_to_are_laid_out_before_anyone_asks(app, client, demo, monkeypatch):
    """A process's background watch folds and lays out the maps of everyone (「ネットワーク全体」,
    「人と団体」) after an import, when they fold: their first visit then lays nothing out."""
    from service.maps import build
    from visualizations import network_map
    app.config["MAP_MAX_NODES"] = 50
    try:
        with app.app_context():
            build.prepare(app.extensions["graph"])
        monkeypatch.setattr(network_map, "layout", lambda *a: pytest.fail("laid out on a visit"))
        twins = [client.get(f"/api/maps/{name}").get_json() for name in ("whole", "network")]
    finally:
        app.config["MAP_MAX_NODES"] = 1500
    assert all(twin["aggregated"] and twin["nodes"] for twin in twins)
    assert [n["x"] for n in twins[0]["nodes"]] == [n["x"] for n in twins[1]["nodes"]]  # one layout for both
