"""Embeds: a token fixes the map and its filters; people without names unless allowed;
private people never; frame-ancestors as configured."""
import html
import re
from urllib.parse import urlsplit

from click.testing import CliRunner

from service.cli import main


def _token(neo4j, *args):
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    result = CliRunner().invoke(main, ["embed-token", "create", *args], env=env)
    assert result.exit_code == 0, result.output
    return result.output.split()[-1]


def test_embed_needs_a_valid_token(client, demo):
    response = client.get("/embed/network")
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "embed_token_invalid"
    assert client.get("/embed/network?token=forged").status_code == 403


def test_token_fixes_map_and_filters_and_hides_names(client, neo4j, demo):
    token = _token(neo4j, "network", "--filter", "sector=chien", "--label", "区の掲示板")
    response = client.get(f"/embed/network?token={token}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "豊玉北町会" in html and "NPO法人ねりま子育てネット" not in html
    assert "田中 美和子" not in html  # people without names
    assert '<details class="legend"><summary>凡例</summary>' in html  # folded, not missing
    assert 'id="map-search"' not in html and 'id="map-form"' not in html
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
    assert client.get(f"/embed/network?token={token}&sector=civic").status_code == 403
    assert client.get(f"/embed/bridging?token={token}").status_code == 403
    assert client.get(f"/embed/network?token={token}&sector=chien").status_code == 200


def test_names_only_when_allowed_and_only_public_people(anonymous_client, neo4j, demo, driver):
    """An embed is seen by whoever sees the dashboard: only public people are ever named."""
    client = anonymous_client
    token = _token(neo4j, "ego", "--target", "g-chokai-sekimachi", "--names")
    html = client.get(f"/embed/ego/g-chokai-sekimachi?token={token}").get_data(as_text=True)
    records, _, _ = driver.execute_query(
        "MATCH (p:Person)-[:MEMBER_OF]->(:Group {id: 'g-chokai-sekimachi'}) RETURN p.name AS name, p.visibility AS v")
    for record in records:
        assert (record["name"] in html) == (record["v"] == "public")
    assert {r["v"] for r in records} >= {"public", "internal"}
    assert client.get(f"/embed/ego/g-shakyo?token={token}").status_code == 403


def test_allowed_origins_are_configurable(app, client, neo4j, demo):
    token = _token(neo4j, "bridging")
    app.config["EMBED_ORIGINS"] = "https://dashboard.example.jp"
    try:
        response = client.get(f"/embed/bridging?token={token}")
    finally:
        app.config["EMBED_ORIGINS"] = None
    assert "frame-ancestors 'self' https://dashboard.example.jp" in response.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in response.headers


def test_revoked_tokens_stop_working(client, neo4j, demo, driver):
    token = _token(neo4j, "bridging", "--label", "revoke-me")
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    listing = CliRunner().invoke(main, ["embed-token", "list"], env=env).output
    prefix = [line.split()[0] for line in listing.splitlines() if "revoke-me" in line][0]
    assert CliRunner().invoke(main, ["embed-token", "revoke", prefix], env=env).exit_code == 0
    assert client.get(f"/embed/bridging?token={token}").status_code == 403
    assert token not in listing


def test_bad_token_requests_are_refused_at_creation(neo4j, demo):
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    result = CliRunner().invoke(main, ["embed-token", "create", "ego"], env=env)
    assert result.exit_code == 1 and "--target" in result.output


def test_an_admin_embeds_the_map_shown_from_its_page_and_revokes_it(admin_client, client, anonymous_client, demo):
    """Embedding was a command-line step that printed a bare token: the coordinators of the
    協働推進課 could not do it. The map page makes the iframe code of the map as shown, the
    list revokes it after a tick, and both are in the audit log."""
    made = admin_client.post("/api/maps/embed", json={"address": "/maps/groups?area=a-hikarigaoka&colour=sector&lang=ja",
                                                      "label": "協働推進課ダッシュボード"})
    assert made.status_code == 201
    body = made.get_json()
    assert body["map"] == "groups" and body["filters"] == {"area": "a-hikarigaoka"} and body["names"] is False
    assert body["code"].startswith('<iframe src="http') and "/embed/groups?area=a-hikarigaoka&amp;token=" in body["code"]  # escaped HTML
    src = body["src"].split("://", 1)[1].split("/", 1)[1]
    shown = anonymous_client.get("/" + src)  # as the dashboard's visitors see it: nobody signed in
    assert shown.status_code == 200 and "光が丘第三自治会" in shown.get_data(as_text=True)
    listed = admin_client.get("/api/admin/embeds").get_json()["tokens"]
    mine = next(t for t in listed if t["label"] == "協働推進課ダッシュボード")
    assert mine["map"] == "groups" and not mine["revoked"] and "token" not in mine
    assert mine["conditions"] == ["地域: 光が丘地域"]
    listing = admin_client.get("/admin/embeds?format=csv&list=tokens").get_data().decode("utf-8-sig")
    assert "協働推進課ダッシュボード,団体どうし,地域: 光が丘地域" in listing
    assert client.post("/api/maps/embed", json={"address": "/maps/groups", "label": "x"}).status_code == 403  # staff
    assert admin_client.post("/api/maps/embed", json={"address": "/maps/groups", "label": ""}).status_code == 400
    assert admin_client.post("/api/maps/embed", json={"address": "/people/p-001", "label": "x"}).status_code == 400
    someone = admin_client.post("/api/maps/embed", json={"address": "/maps/ego/p-001", "label": "x"})
    assert someone.status_code == 400 and someone.get_json()["error"]["code"] == "embed_person"  # no id to the dashboard
    path = admin_client.post("/api/maps/embed", json={"address": "/maps/path?from=g-chokai-toyotama&to=p-010", "label": "x"})
    assert path.get_json()["error"]["code"] == "embed_person"
    dated = admin_client.post("/api/maps/embed", json={"address": "/maps/groups?area=a-hikarigaoka&as_of=2020-01-01&area=x",
                                                       "label": "x"}).get_json()
    assert dated["filters"] == {"area": "a-hikarigaoka"} and dated["dropped"] == ["as_of"]  # the first; said what is not kept
    drawn = admin_client.post("/maps/embed", data={"address": "/maps/network?sector=chien&colour=community&size=bridging"
                                                              "&min_confidence=0.5", "label": "色分けした地図"},
                              headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "「薄れたつながりを除く」は埋め込みに含まれません" in drawn  # in words, not codes
    kept = next(t for t in admin_client.get("/api/admin/embeds").get_json()["tokens"] if t["label"] == "色分けした地図")
    assert sorted(kept["conditions"]) == sorted(["分野: 地縁", "色分け: まとまりごと", "人の大きさ: 顔役スコア"])  # drawn as set
    drawn_src = re.search(r'<iframe src="([^"]+)"', html.unescape(html.unescape(drawn))).group(1)  # the iframe code, escaped in a box
    framed = anonymous_client.get(urlsplit(drawn_src).path + "?" + urlsplit(drawn_src).query).get_data(as_text=True)
    assert "まとまり 1" in framed and "大きさ = 顔役スコア" in framed  # the communities' legend, sized by score
    wrong = admin_client.post("/api/maps/embed", json={"address": "/maps/network?colour=rainbow", "label": "x"})
    assert wrong.status_code == 400 and "colour" in wrong.get_json()["error"]["message"]
    page = admin_client.get("/maps/groups?area=a-hikarigaoka", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="embed-form"' in page and 'id="embed-form"' not in client.get(
        "/maps/groups", headers={"Accept": "text/html"}).get_data(as_text=True)
    unconfirmed = admin_client.post(f"/admin/embeds/{mine['hash']}/revoke", data={})
    assert unconfirmed.status_code == 400
    assert admin_client.post(f"/admin/embeds/{mine['hash']}/revoke", data={"confirm": "1"}).status_code == 303
    again = admin_client.post(f"/api/admin/embeds/{mine['hash']}/revoke", json={"confirm": True})
    assert again.status_code == 404  # revoked already: said, not counted as done
    assert anonymous_client.get("/" + src).status_code == 403
    actions = [e["action"] for e in admin_client.get("/api/admin/audit").get_json()["entries"]]
    assert "embed_created" in actions and "embed_revoked" in actions
