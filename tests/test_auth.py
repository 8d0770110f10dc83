"""Sign-in, roles and API tokens: who gets in, and what each role sees."""
import re

import pytest
from click.testing import CliRunner

from conftest import PASSWORD
from service import create_app
from service.auth.users import Users
from service.cli import main

HTML = {"Accept": "text/html"}


def _csrf(client, url="/sign-in"):
    page = client.get(url, headers=HTML).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _sign_in(client, name, password, next_url="/"):
    return client.post("/sign-in", data={"name": name, "password": password, "next": next_url,
                                         "csrf_token": _csrf(client)}, headers=HTML)


def test_everything_but_health_sign_in_and_static_needs_sign_in(anonymous_client, demo):
    assert anonymous_client.get("/api/health").status_code == 200
    assert anonymous_client.get("/sign-in", headers=HTML).status_code == 200
    assert anonymous_client.get("/static/css/pages.css").status_code == 200
    assert anonymous_client.get("/vendor/vis-network/vis-network.min.js").status_code == 200
    for url in ("/api/summary", "/api/groups/g-shakyo", "/api/maps/network", "/api/export", "/api/me"):
        response = anonymous_client.get(url)
        assert response.status_code == 401 and response.get_json()["error"]["code"] == "sign_in_required", url
    page = anonymous_client.get("/groups/g-shakyo?lang=en", headers=HTML)
    assert page.status_code == 302 and page.headers["Location"] == "/sign-in?next=/groups/g-shakyo%3Flang%3Den"


def test_sign_in_and_out_with_the_form(app, anonymous_client, accounts):
    client = anonymous_client
    wrong = _sign_in(client, "test-staff", "not the password")
    assert wrong.status_code == 401 and "ユーザー名かパスワードが違います" in wrong.get_data(as_text=True)
    right = _sign_in(client, "test-staff", PASSWORD, "/gaps")
    assert right.status_code == 302 and right.headers["Location"] == "/gaps"
    cookie = right.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert client.get("/api/me").get_json() == {"name": "test-staff", "role": "staff", "via": "session", "auth": True}
    assert client.post("/sign-out").status_code == 403  # no CSRF token
    token = _csrf(client, "/")
    assert client.post("/sign-out", data={"csrf_token": token}).status_code == 302
    assert client.get("/api/me").status_code == 401


def test_sign_in_needs_the_csrf_token_and_never_redirects_away(anonymous_client, accounts):
    refused = anonymous_client.post("/sign-in", data={"name": "test-staff", "password": PASSWORD})
    assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "csrf_failed"
    response = _sign_in(anonymous_client, "test-staff", PASSWORD, "//evil.example/")
    assert response.headers["Location"] == "/"


def test_failed_sign_ins_are_limited(app, driver, graph):
    users = Users(graph)
    users.add("throttled", "staff", PASSWORD)
    client = app.test_client()
    for _ in range(5):
        assert _sign_in(client, "throttled", "wrong password").status_code == 401
    blocked = _sign_in(client, "throttled", PASSWORD)  # a backoff, not a lock: 15 s at first
    assert blocked.status_code == 429 and 10 <= int(blocked.headers["Retry-After"]) <= 15
    assert "秒" in blocked.get_data(as_text=True)


def test_one_time_password_must_be_changed_first(app, driver, graph):
    Users(graph).add("newcomer", "staff", "one-time-pass-1", must_change=True)
    client = app.test_client()
    assert _sign_in(client, "newcomer", "one-time-pass-1").headers["Location"] == "/account/password"
    assert client.get("/gaps", headers=HTML).headers["Location"] == "/account/password"
    assert client.get("/api/summary").get_json()["error"]["code"] == "password_change_required"
    token = _csrf(client, "/account/password")
    short = client.post("/account/password", data={"current": "one-time-pass-1", "new": "short", "again": "short",
                                                   "csrf_token": token}, headers=HTML)
    assert short.status_code == 400 and "10 文字以上" in short.get_data(as_text=True)
    done = client.post("/account/password", data={"current": "one-time-pass-1", "new": "my own password",
                                                  "again": "my own password", "csrf_token": token})
    assert done.status_code == 302
    assert client.get("/api/summary").status_code == 200
    assert Users(graph).check_credentials("newcomer", "my own password")
    stored = Users(graph).find("newcomer")["password_hash"]
    assert stored.startswith("scrypt$") and "my own password" not in stored


def test_each_role_sees_the_names_it_may(client, admin_client, viewer_client, demo, driver):
    records, _, _ = driver.execute_query(
        "MATCH (p:Person)-[:MEMBER_OF]->(g:Group) WITH g, collect(p) AS ps "
        "WHERE any(p IN ps WHERE p.visibility = 'private') AND any(p IN ps WHERE p.visibility = 'internal') "
        "RETURN g.id AS g, [p IN ps | [p.name, p.visibility]] AS people LIMIT 1")
    group, people = records[0]["g"], records[0]["people"]
    for who, allowed in ((admin_client, {"public", "internal", "private"}), (client, {"public", "internal"}),
                         (viewer_client, set())):
        twin = who.get(f"/api/groups/{group}").get_data(as_text=True)
        for name, visibility in people:
            assert (name in twin) == (visibility in allowed), (name, visibility, allowed)
    for someone in ("p-001", "no-such-person"):  # the same answer whether they exist or not: nothing told
        refused = viewer_client.get(f"/api/people/{someone}")
        assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "no_people_pages"
    assert "人のページは見られません" in viewer_client.get("/people/p-001", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert viewer_client.get("/api/search?q=たなか").get_json()["results"]["Person"]["items"] == []
    assert all(p["anonymous"] for p in viewer_client.get("/api/summary").get_json()["top_bridging"])
    names = [n["name"] for n in viewer_client.get("/api/maps/network").get_json()["nodes"] if n["type"] == "Person"]
    assert names and set(names) == {"(名前は表示されません)"}  # their role shows no names: not that they chose it
    page = viewer_client.get("/groups/" + group, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="viewer-note"' in page and "(名前は表示されません)" in page and "(非公開の人)" not in page
    searched = viewer_client.get("/search?q=たなか", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="people-hidden"' in searched  # the role explained, not "not found"
    assert "/surveys" not in page.split("<main")[0]  # the menu leads nowhere a viewer may not go


def test_admin_only_actions(client, viewer_client, admin_client, demo):
    for who in (client, viewer_client):
        assert who.get("/api/export").status_code == 403
        assert who.get("/api/admin/audit").get_json()["error"]["code"] == "forbidden"
        assert who.post("/api/import").status_code == 403
        assert who.delete("/api/people/p-001").status_code == 403
    assert admin_client.get("/api/admin/audit").status_code == 200


def test_api_tokens_from_the_command_line(app, neo4j, driver):
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    runner = CliRunner()
    added = runner.invoke(main, ["user", "add", "dashboard-bot", "--role", "viewer", "--password-stdin"],
                          input="a good long password\n", env=env)
    assert added.exit_code == 0, added.output
    made = runner.invoke(main, ["token", "create", "--user", "dashboard-bot", "--name", "区の掲示板"], env=env)
    token = made.output.split()[-1]
    assert token.startswith("tsu_")
    client = app.test_client()
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).get_json()["role"] == "viewer"
    listing = runner.invoke(main, ["token", "list", "--user", "dashboard-bot"], env=env).output
    assert token not in listing and "区の掲示板" in listing
    token_id = listing.split()[0]
    assert runner.invoke(main, ["token", "revoke", token_id], env=env).output.strip() == "revoked 1"
    refused = client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 401 and refused.get_json()["error"]["code"] == "invalid_token"
    second = runner.invoke(main, ["token", "create", "--user", "dashboard-bot"], env=env).output.split()[-1]
    assert runner.invoke(main, ["user", "disable", "dashboard-bot"], env=env).exit_code == 0
    assert client.get("/api/me", headers={"Authorization": f"Bearer {second}"}).status_code == 401
    users = runner.invoke(main, ["user", "list"], env=env).output
    assert "dashboard-bot" in users and "disabled" in users and "password" not in users.replace("must change password", "")


@pytest.mark.parametrize("bad", [["user", "add", "bad name!", "--role", "staff", "--password-stdin"],
                                 ["user", "add", "someone", "--role", "staff", "--password-stdin"]])
def test_user_add_refuses_bad_names_and_short_passwords(neo4j, bad):
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    result = CliRunner().invoke(main, bad, input="short\n", env=env)
    assert result.exit_code == 1 and result.output.startswith("error: ")


def test_auth_off_lets_everyone_in_as_admin(config, demo, driver):
    app = create_app({**config, "AUTH": "off"})
    client = app.test_client()
    assert client.get("/api/me").get_json() == {"name": "local", "role": "admin", "via": "local", "auth": False}
    private, _, _ = driver.execute_query("MATCH (p:Person {visibility: 'private'}) RETURN p.id AS id LIMIT 1")
    assert client.get(f"/api/people/{private[0]['id']}").status_code == 200
    cross_site = client.post("/api/import", headers={"Origin": "https://evil.example"})
    assert cross_site.status_code == 403 and cross_site.get_json()["error"]["code"] == "csrf_failed"


def test_secure_cookie_setting(config, accounts):
    app = create_app({**config, "SESSION_COOKIE_SECURE": True})
    client = app.test_client()
    response = _sign_in(client, "test-viewer", PASSWORD)
    assert "Secure" in response.headers["Set-Cookie"]
