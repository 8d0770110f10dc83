"""Trust, second pass: a survey cannot unmask or publish a private person, links show no
answers after submission, nothing personal is cached, sign-in slows guessing without locking
anyone out, a sign-in sheet takes a hall of 300, no open redirect, sign-out ends the session,
and bad input is a 4xx, never a 500."""
from __future__ import annotations

import io
import json
import os
import re
import stat
import zipfile

from click.testing import CliRunner

from conftest import PASSWORD, build_graph, signed_in
from service import create_app
from service.auth.users import Users
from service.cli import main
from service.importer.read import read_bytes

HTML = {"Accept": "text/html"}
WARD = dict(
    groups=[{"id": "g1", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"},
            {"id": "g2", "name": "西NPO", "kind": "npo", "sector": "civic"}],
    people=[{"id": "p-secret", "name": "秘密 花子", "kana": "ひみつ はなこ", "visibility": "private"},
            {"id": "open", "name": "公開 太郎", "visibility": "public"}],
    memberships=[{"person_id": "p-secret", "group_id": "g1"}, {"person_id": "open", "group_id": "g1"}],
    events=[{"id": "e1", "name": "つながりフェア", "date": "2026-11-01"}],
)


def _survey(client, group="g1") -> str:
    made = client.post("/api/surveys", json={"title": "調査", "deadline": "2099-01-01", "sender": "地域福祉係",
                                             "questions": ["partners", "links"], "groups": group}).get_json()
    return made["invites"][0]["link"].rsplit("/", 1)[1]


def _answer(visitor, token, **fields):
    page = visitor.get(f"/r/{token}").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    return visitor.post(f"/r/{token}", data={"csrf_token": csrf, "action": "submit", **fields})


def _visibility(driver, person):
    records, _, _ = driver.execute_query("MATCH (p:Person {id: $id}) RETURN p.visibility AS v", id=person)
    return records[0]["v"]


def test_a_survey_answer_neither_unmasks_nor_publishes_a_private_person(
        client, admin_client, anonymous_client, fresh_graph, tmp_path, driver):
    build_graph(fresh_graph, tmp_path, **WARD)
    token = _survey(client)
    assert _answer(anonymous_client, token, respondent_name="秘密 花子", visibility="public",
                   **{"partner-0-name": "西NPO"}).status_code == 200
    response_id = client.get("/api/responses").get_json()["items"][0]["id"]
    review = client.get(f"/api/responses/{response_id}").get_json()
    page = client.get(f"/responses/{response_id}", headers=HTML).get_data(as_text=True)
    for shown in (json.dumps(review, ensure_ascii=False), page):
        assert "p-secret" not in shown
    respondent = [p for p in review["plan"]["people"] if p["respondent"]]  # staff: registered as private, or new? not told
    assert respondent and respondent[0]["new"] is None and respondent[0]["person"] is None
    admin_view = admin_client.get(f"/api/responses/{response_id}").get_json()["plan"]["people"]
    assert [p["person"]["id"] for p in admin_view if not p["new"]] == ["p-secret"]  # an admin may see who

    accepted = client.post(f"/api/responses/{response_id}/accept", json={})
    assert accepted.status_code == 200 and "writes" not in accepted.get_json()
    assert "p-secret" not in json.dumps(accepted.get_json())
    assert _visibility(driver, "p-secret") == "private"  # never raised by an answer
    assert _answer(anonymous_client, _survey(client), respondent_name="公開 太郎", visibility="private").status_code == 200
    second = [r for r in client.get("/api/responses?status=pending").get_json()["items"]][0]["id"]
    client.post(f"/api/responses/{second}/accept", json={})
    assert _visibility(driver, "open") == "private"  # lowered by the person themself: allowed

    assert client.post("/api/people/p-secret/visibility", json={"visibility": "public"}).status_code == 403
    changed = admin_client.post("/api/people/p-secret/visibility", json={"visibility": "internal"})
    assert changed.status_code == 200 and changed.get_json()["before"] == "private"
    assert _visibility(driver, "p-secret") == "internal"
    logged = admin_client.get("/api/admin/audit?action=visibility_changed").get_json()["entries"][0]
    assert logged["target"] == "p-secret" and logged["detail"] == "private → internal" and logged["user"] == "test-admin"
    assert admin_client.post("/api/people/p-secret/visibility", json={"visibility": "everyone"}).status_code == 400


def test_a_link_shows_no_answers_once_submitted(client, anonymous_client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **WARD)
    token = _survey(client)
    _answer(anonymous_client, token, respondent_name="回答 者", visibility="private", **{"partner-0-name": "西NPO"})
    after = anonymous_client.get(f"/api/r/{token}").get_json()
    assert after["status"] == "submitted" and after["answers"] is None and after["saved"] is None
    assert "回答 者" not in anonymous_client.get(f"/r/{token}").get_data(as_text=True)


def test_nothing_personal_is_kept_by_a_browser_and_files_are_private(client, admin_client, demo, neo4j, tmp_path):
    for url in ("/", "/api/summary", "/people/p-001", "/api/gaps?format=csv&list=fragile", "/maps/whole"):
        assert client.get(url, headers=HTML).headers["Cache-Control"] == "no-store", url
    assert "no-store" not in client.get("/static/css/pages.css").headers.get("Cache-Control", "")
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    assert CliRunner().invoke(main, ["backup", str(tmp_path / "b.zip")], env=env).exit_code == 0
    assert CliRunner().invoke(main, ["export", str(tmp_path / "out")], env=env).exit_code == 0
    for path in [tmp_path / "b.zip", *(tmp_path / "out").iterdir()]:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path


def test_sign_in_slows_guessing_without_locking_the_owner_out(app, config, graph, driver):
    users = Users(graph)
    users.add("owner", "staff", PASSWORD)
    crowd = app.test_client()
    for n in range(50):  # a spray under random names from one address locks nobody out
        assert _sign_in(crowd, f"nobody-{n}", "wrong password").status_code == 401
    assert _sign_in(crowd, "owner", PASSWORD).status_code == 302

    for _ in range(5):
        _sign_in(crowd, "owner", "wrong password")
    waiting = _sign_in(crowd, "owner", PASSWORD)
    assert waiting.status_code == 429 and 10 <= int(waiting.headers["Retry-After"]) <= 15
    driver.execute_query("MATCH (t:SignInThrottle {key: 'user:owner'}) SET t.last = datetime() - duration('PT20S')")
    assert _sign_in(crowd, "owner", PASSWORD).status_code == 302  # after the wait the owner gets in

    behind_proxy = create_app({**config, "TRUSTED_PROXIES": 1}).test_client()
    for n in range(50):
        _sign_in(behind_proxy, f"spray-{n}", "wrong password", forwarded="198.51.100.7")
    assert _sign_in(behind_proxy, "owner", PASSWORD, forwarded="198.51.100.7").status_code == 429
    assert _sign_in(behind_proxy, "owner", PASSWORD, forwarded="198.51.100.8").status_code == 302


def test_a_sign_in_sheet_takes_a_hall_of_300(client, anonymous_client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **WARD)
    sheet = client.post("/api/sign-in-sheets", json={"event": "e1"}).get_json()
    token = sheet["link"].rsplit("/", 1)[1]
    page = anonymous_client.get(f"/s/{token}").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    codes = []
    for guest in range(300):
        codes.append(anonymous_client.get(f"/s/{token}").status_code)
        codes += [anonymous_client.get(f"/s/{token}/groups?q={q}").status_code for q in ("東", "東町")]
        codes.append(anonymous_client.post(f"/s/{token}", data={"csrf_token": csrf, "name": f"来場者 {guest}",
                                                                "group_name": "東町会", "visibility": "internal"}
                                           ).status_code)
    assert set(codes) == {200}
    assert len(client.get("/api/responses?kind=signin").get_json()["items"]) == 300


def test_no_open_redirect_and_sign_out_ends_the_session(app, accounts):
    visitor = app.test_client()
    for raw in ("/%09/evil.example", "/%0d%0aSet-Cookie:x=1", "/%0a/evil.example", "https://evil.example",
                "//evil.example", "/%5cevil.example", "/%5C%5Cevil.example"):
        answer = _sign_in(visitor, "test-staff", PASSWORD, raw_next=raw)
        target = raw
        assert answer.status_code == 302 and answer.headers["Location"] == "/", target
    assert _sign_in(visitor, "test-staff", PASSWORD, next_url="/gaps?area=a-1").headers["Location"] == "/gaps?area=a-1"
    cookie = visitor.get_cookie("session").value
    copy = app.test_client()
    copy.set_cookie("session", cookie)
    assert copy.get("/api/me").status_code == 200
    page = visitor.get("/", headers=HTML).get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert visitor.post("/sign-out", data={"csrf_token": csrf}).status_code == 302
    assert copy.get("/api/me").status_code == 401  # the copied cookie stopped working


def test_bad_input_is_refused_not_a_500(client, admin_client, demo):
    assert client.get("/api/impact?from=0001-01-01&to=9999-12-31").status_code == 400
    deep = "[" * 5000 + "]" * 5000
    for body in (deep, '{"group": "\\ud800", "candidate": "g-univ"}', '{"a": ' * 40 + "1" + "}" * 40):
        answer = client.post("/api/introductions", data=body, headers={"Content-Type": "application/json"})
        assert answer.status_code == 400 and answer.get_json()["error"]["code"] in ("bad_json", "bad_request"), body[:40]

    good = io.BytesIO()
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("people.csv", "id,name\n" + "".join(f"q{i},名前{i}\n" for i in range(2000)))
    data = bytearray(good.getvalue())
    data[60] ^= 0xFF  # a bad checksum inside the compressed data
    bad_crc = admin_client.post("/api/import", data={"file": (io.BytesIO(bytes(data)), "bad.zip")})
    assert bad_crc.status_code == 422 and bad_crc.get_json()["problems"][0]["code"] == "unreadable"

    twice = io.BytesIO()
    with zipfile.ZipFile(twice, "w") as archive:
        archive.writestr("a/people.csv", "id,name\nq1,一\n")
        archive.writestr("b/people.csv", "id,name\nq2,二\n")
    refused = admin_client.post("/api/import", data={"file": (io.BytesIO(twice.getvalue()), "two.zip")})
    assert refused.status_code == 422 and refused.get_json()["problems"][0]["code"] == "duplicate_file"

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<row/>" * 4_000_000)  # 24 MB of XML, a few KB zipped
    assert len(bomb.getvalue()) < 200_000
    reading = read_bytes("bomb.xlsx", bomb.getvalue(), max_bytes=1_000_000)
    assert [p.code for p in reading.problems] == ["too_large"] and "24 MB" in reading.problems[0].value


def test_audit_shows_typed_names_without_obeying_them(app, neo4j):
    visitor = app.test_client()
    _sign_in(visitor, "\x1b[31mred\x1b[0m", "wrong password")
    _sign_in(visitor, "=HYPERLINK(\"http://evil\")", "wrong password")
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    table = CliRunner().invoke(main, ["audit", "--action", "sign_in_failed", "--limit", "5"], env=env).output
    assert "\x1b" not in table and "\\x1b[31mred" in table
    csv_text = CliRunner().invoke(main, ["audit", "--action", "sign_in_failed", "--format", "csv"], env=env).output
    assert "'=HYPERLINK" in csv_text and "\n=HYPERLINK" not in csv_text.replace(",=", "\n=")


def test_weak_passwords_are_refused(graph):
    users = Users(graph)
    for weak in (" " * 12, "a" * 12, "abababababab"):
        try:
            users.add("weak-password-user", "viewer", weak)
        except Exception as err:  # an ApiError naming the password
            assert getattr(err, "details", {}).get("parameter") == "password"
        else:
            raise AssertionError(f"{weak!r} was accepted")


def _sign_in(client, name, password, next_url=None, forwarded=None, raw_next=None):
    """Sign in through the form; `raw_next` is put in the address as it is (already encoded)."""
    page = client.get("/sign-in").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    query = f"next={raw_next}" if raw_next else ({"next": next_url} if next_url else {})
    return client.post("/sign-in", data={"csrf_token": csrf, "name": name, "password": password},
                       query_string=query, headers=headers)


__all__ = ["signed_in"]
