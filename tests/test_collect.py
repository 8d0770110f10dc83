"""Surveys and sign-in sheets, from both sides: a coordinator creates a survey, a respondent
answers through their personal link without an account (save, return, submit), and only the
coordinator's review writes to the graph — exactly what was accepted, each tie with its source."""
import csv
import io
import re
from datetime import timedelta

from service import clock, create_app
from conftest import build_graph

HTML = {"Accept": "text/html"}
TODAY = clock.today().isoformat()
DEADLINE = (clock.today() + timedelta(days=14)).isoformat()

WARD = dict(
    areas=[{"id": "a1", "name": "東地区", "level": "地区"}, {"id": "a2", "name": "西地区", "level": "地区"}],
    groups=[{"id": "g1", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"},
            {"id": "g2", "name": "西NPO", "kind": "npo", "sector": "civic"},
            {"id": "g3", "name": "南の会", "kind": "volunteer_group", "sector": "civic"},
            {"id": "g4", "name": "練馬こども食堂", "kana": "ねりまこどもしょくどう", "kind": "childcare", "sector": "civic"}],
    group_areas=[{"group_id": "g1", "area_id": "a1"}, {"group_id": "g2", "area_id": "a1"},
                 {"group_id": "g3", "area_id": "a2"}, {"group_id": "g4", "area_id": "a2"}],
    people=[{"id": "p1", "name": "山田太郎", "visibility": "internal"},
            {"id": "p2", "name": "佐藤花子", "visibility": "internal"}],
    memberships=[{"person_id": "p1", "group_id": "g1"}, {"person_id": "p2", "group_id": "g2"}],
    capabilities=[{"id": "c1", "name": "活動場所"}, {"id": "c2", "name": "人手"}],
    events=[{"id": "e1", "name": "区民活動フェスティバル", "kind": "festival", "date": TODAY}],
)


SENDER = "練馬区社会福祉協議会 地域福祉係\n電話 03-0000-0000"


def _survey(client, **targets) -> dict:
    body = {"title": "つながり調査2026", "message": "ご協力ください。", "deadline": DEADLINE,
            "sender": SENDER, "questions": ["partners", "links", "capabilities"], **targets}
    response = client.post("/api/surveys", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _token(link: str) -> str:
    return link.rsplit("/", 1)[1]


def _csrf(client, url: str) -> str:
    page = client.get(url, headers=HTML).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _answer(client, token: str, action: str, **fields):
    data = {"csrf_token": _csrf(client, f"/r/{token}"), "action": action, **fields}
    return client.post(f"/r/{token}", data=data, headers=HTML)


def _ties(driver, query: str) -> list[dict]:
    records, _, _ = driver.execute_query(query)
    return [r.data() for r in records]


def test_a_survey_goes_to_the_groups_chosen_and_shows_progress(client, viewer_client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **WARD)
    by_area = _survey(client, area="a1")
    assert sorted(i["group"]["id"] for i in by_area["invites"]) == ["g1", "g2"]
    by_sector = _survey(client, sector="civic")
    assert sorted(i["group"]["id"] for i in by_sector["invites"]) == ["g2", "g3", "g4"]
    listed = _survey(client, groups="g1\ng4")
    assert sorted(i["group"]["id"] for i in listed["invites"]) == ["g1", "g4"]
    tokens = {_token(i["link"]) for i in by_area["invites"] + by_sector["invites"]}
    assert len(tokens) == 5 and all(len(t) > 30 for t in tokens)  # one personal link per invitation
    assert by_sector["response_rate"] == 0.0 and by_sector["by_sector"] == [
        {"name": "civic", "invited": 3, "submitted": 0, "response_rate": 0.0}]
    links = client.get(f"/surveys/{by_area['survey']['id']}?format=csv&list=links").get_data().decode("utf-8-sig")
    assert links.splitlines()[0].startswith("団体,") and all(i["link"] in links for i in by_area["invites"])
    letters = client.get(f"/surveys/{by_area['survey']['id']}/letters", headers=HTML).get_data(as_text=True)
    assert letters.count("<svg") == 2 and "東町会" in letters
    assert "個人の名前を含む資料です" not in letters  # mailed to the groups: not the office's internal foot
    assert letters.count("差出人・お問い合わせ先: <span class=\"lines\">" + SENDER) == 2  # who sends it, on every letter
    assert by_area["survey"]["sender"] == SENDER
    survey_id = by_area["survey"]["id"]  # corrected later (or given to a survey made before it was asked)
    fixed = client.post(f"/api/surveys/{survey_id}/sender", json={"sender": "地域福祉係\n電話 03-1111-1111"})
    assert fixed.status_code == 200 and fixed.get_json()["survey"]["sender"] == "地域福祉係\n電話 03-1111-1111"
    letters = client.get(f"/surveys/{survey_id}/letters", headers=HTML).get_data(as_text=True)
    assert letters.count("電話 03-1111-1111") == 2 and "03-0000-0000" not in letters
    by_form = client.post(f"/api/surveys/{survey_id}/sender", data={"sender": "地域福祉係\n電話 03-2222-2222"}, headers=HTML)
    assert by_form.status_code == 303 and by_form.headers["Location"].endswith(f"/surveys/{survey_id}")
    page = client.get(f"/surveys/{survey_id}", headers=HTML).get_data(as_text=True)
    assert "差出人・お問い合わせ先を変更しました" in page and "電話 03-2222-2222" in page  # said once, after the form
    assert all(f'value="{i["link"]}"' in page for i in by_area["invites"])  # each group's link, to copy into a mail
    listed = list(csv.DictReader(io.StringIO(client.get("/surveys?format=csv&list=surveys").get_data().decode("utf-8-sig"))))
    assert len(listed) == 3 and all(row["作った日時"] for row in listed)  # surveys of one title told apart by when
    assert "差出人・お問い合わせ先を変更しました" not in client.get(f"/surveys/{survey_id}", headers=HTML).get_data(as_text=True)
    blank = client.post(f"/api/surveys/{survey_id}/sender", json={"sender": " 　"})
    assert blank.status_code == 400 and blank.get_json()["error"]["parameter"] == "sender"
    assert client.post("/api/surveys/sv-nope/sender", json={"sender": "係"}).status_code == 404
    assert viewer_client.post(f"/api/surveys/{survey_id}/sender", json={"sender": "係"}).status_code == 403
    assert viewer_client.get(f"/api/surveys/{by_area['survey']['id']}").status_code == 403
    form_error = client.post("/api/surveys", data={"title": "t", "questions": "partners"}, headers=HTML)
    assert form_error.status_code == 400 and "締め切りを入れてください" in form_error.get_data(as_text=True)  # a page
    for bad, parameter in (({"deadline": "2020-01-01"}, "deadline"), ({"questions": []}, "questions"),
                           ({"sector": "nope"}, "sector"), ({"area": "nowhere"}, "area"), ({"title": ""}, "title"),
                           ({"groups": "g1\ng-missing"}, "groups"), ({"sender": "係" * 301}, "sender"),
                           ({"sender": "　\n "}, "sender"), ({"sender": None}, "sender")):  # a letter from nobody
        body = {"title": "t", "deadline": DEADLINE, "questions": ["partners"], "sender": SENDER, **bad}
        refused = client.post("/api/surveys", json=body)
        assert refused.status_code in (400, 404) and refused.get_json()["error"]["parameter"] == parameter


def test_answer_save_return_submit_then_review_writes_exactly_what_was_accepted(
        client, admin_client, anonymous_client, fresh_graph, tmp_path, driver):
    build_graph(fresh_graph, tmp_path, **WARD)
    survey = _survey(client, area="a1")
    invite = next(i for i in survey["invites"] if i["group"]["id"] == "g1")
    token = _token(invite["link"])
    page = anonymous_client.get(f"/r/{token}", headers=HTML).get_data(as_text=True)
    assert ("差出人・お問い合わせ先: <span class=\"lines\">練馬区社会福祉協議会 地域福祉係\n"
            "電話 <a href=\"tel:0300000000\">03-0000-0000</a>") in page  # whom the respondent may ask: one tap on a phone
    assert "つながり調査2026" in page and "東町会" in page and "西NPO" not in page  # only their own invitation
    assert "ほかのシステム向け" not in page and "非公開の人は名前を出しません" not in page  # coordinators' notes

    saved = _answer(anonymous_client, token, "save", **{
        "partner-0-name": "西ＮＰＯ", "partner-0-how": ["joint_event", "information"], "partner-0-strength": "3",
        "partner-0-our_person": "山田太郎", "partner-0-their_person": "佐藤花子",
        "partner-1-name": "こども食堂", "partner-1-how": "place", "needs": "c1", "offers": "c2",
        "offers_note": "人手を出せます"})
    assert saved.status_code == 200 and "途中まで保存しました" in saved.get_data(as_text=True)
    back = anonymous_client.get(f"/api/r/{token}").get_json()  # returning later: the draft is there
    assert back["status"] == "saved" and [p["group_id"] for p in back["answers"]["partners"]] == ["g2", None]
    assert 'value="こども食堂"' in anonymous_client.get(f"/r/{token}", headers=HTML).get_data(as_text=True)

    incomplete = _answer(anonymous_client, token, "submit", **{"partner-0-name": "西NPO", "partner-2-strength": "9"})
    text = incomplete.get_data(as_text=True)
    assert incomplete.status_code == 400 and "お名前を入れてください" in text and "3 行目" in text
    assert anonymous_client.get(f"/api/r/{token}").get_json()["answers"]["partners"][1]["name"] == "こども食堂"

    before = _ties(driver, "MATCH ()-[r:RELATION|KNOWS|NEEDS|OFFERS]->() RETURN count(r) AS n")
    submitted = _answer(anonymous_client, token, "submit", **{
        "respondent_name": "山田 太郎", "respondent_role": "会長", "visibility": "public",
        "partner-0-name": "西NPO", "partner-0-group_id": "g2", "partner-0-how": ["joint_event", "information"],
        "partner-0-strength": "3", "partner-0-our_person": "山田太郎", "partner-0-their_person": "佐藤花子",
        "partner-1-name": "こども食堂", "partner-1-how": "place", "needs": "c1", "offers": "c2",
        "offers_note": "人手を出せます"})
    assert submitted.status_code == 200 and "ご回答ありがとうございました" in submitted.get_data(as_text=True)
    assert _ties(driver, "MATCH ()-[r:RELATION|KNOWS|NEEDS|OFFERS]->() RETURN count(r) AS n") == before  # staged only
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', text).group(1)  # the session's, from before
    again = anonymous_client.post(f"/r/{token}", data={"csrf_token": csrf, "action": "save", "respondent_name": "x"})
    assert again.status_code == 409
    assert "ご回答ありがとうございました" in anonymous_client.get(f"/r/{token}", headers=HTML).get_data(as_text=True)

    assert client.get("/api/surveys").get_json()["pending"] == 1
    progress = client.get(f"/api/surveys/{survey['survey']['id']}").get_json()
    assert progress["submitted"] == 1 and progress["response_rate"] == 50.0
    assert [r["group"] for r in progress["reminders"]] == [{"id": "g2", "name": "西NPO", "sector": "civic"}]
    response_id = progress["responses"][0]["id"]
    review = client.get(f"/api/responses/{response_id}").get_json()["plan"]
    assert review["rows"][0]["matched"]["id"] == "g2"
    assert review["rows"][1]["matched"] is None and review["rows"][1]["duplicates"][0]["id"] == "g4"
    assert review["rows"][1]["choice"] == "g4" and review["rows"][1]["chosen_for_you"]  # the close match, not a new group
    page = client.get(f"/responses/{response_id}", headers=HTML).get_data(as_text=True)
    assert "登録済みの団体「練馬こども食堂」にまとめる" in page and "8割以上" in page
    assert "団体どうしの協力 2 件" in page and "課題: 活動場所" in page and not re.search(r"(?<![\w-])c1(?![\w-])", page.split("<main")[1])  # the id, not a random token
    assert "0.8" not in page and "g4" not in page.split('id="side-by-side"')[1].split("</table>")[0]

    accepted = client.post(f"/api/responses/{response_id}/accept", json={"rows": {"1": {"group": "g4"}}})
    assert accepted.status_code == 200 and accepted.get_json()["status"] == "accepted"
    source = f"調査「つながり調査2026」 回答 山田 太郎 {TODAY}"
    relations = _ties(driver, "MATCH (a:Group)-[r:RELATION]->(b:Group) RETURN a.id AS a, b.id AS b, r.kind AS kind, "
                              "r.note AS note, r.strength AS strength, r.source AS source, toString(r.confirmed) AS confirmed "
                              "ORDER BY b")
    assert relations == [
        {"a": "g1", "b": "g2", "kind": "cooperation", "note": "合同行事、情報の共有", "strength": 3, "source": source,
         "confirmed": TODAY},
        {"a": "g1", "b": "g4", "kind": "cooperation", "note": "場所の貸し借り", "strength": None, "source": source,
         "confirmed": TODAY}]
    knows = _ties(driver, "MATCH (a)-[k:KNOWS]->(b) RETURN a.id AS a, b.id AS b, k.strength AS strength, k.source AS source")
    assert knows == [{"a": "p1", "b": "p2", "strength": 3, "source": source}]  # both matched in their groups
    people = _ties(driver, "MATCH (p:Person) RETURN p.id AS id, p.visibility AS visibility ORDER BY id")
    # p1 answered and chose "public", but an answer never makes an existing person more visible
    assert people == [{"id": "p1", "visibility": "internal"}, {"id": "p2", "visibility": "internal"}]
    capabilities = _ties(driver, "MATCH (g)-[r:NEEDS|OFFERS]->(c) RETURN g.id AS g, type(r) AS t, c.id AS c, r.note AS note, "
                                 "r.source AS source ORDER BY t")
    assert capabilities == [{"g": "g1", "t": "NEEDS", "c": "c1", "note": None, "source": source},
                            {"g": "g1", "t": "OFFERS", "c": "c2", "note": "人手を出せます", "source": source}]
    assert _ties(driver, "MATCH (g:Group) RETURN count(g) AS n") == [{"n": 4}]  # merged, nothing added
    assert client.post(f"/api/responses/{response_id}/accept", json={}).status_code == 409
    assert client.get("/api/surveys").get_json()["pending"] == 0
    logged = {(e["action"], e["target"]) for e in admin_client.get("/api/admin/audit").get_json()["entries"]}
    assert {("survey_created", survey["survey"]["id"]), ("view_response", response_id),
            ("response_accepted", response_id)} <= logged


def test_a_new_group_and_new_people_or_a_rejection(client, anonymous_client, fresh_graph, tmp_path, driver):
    build_graph(fresh_graph, tmp_path, **WARD)
    survey = _survey(client, groups="g1\ng2")
    tokens = {i["group"]["id"]: _token(i["link"]) for i in survey["invites"]}
    _answer(anonymous_client, tokens["g1"], "submit", respondent_name="新井一郎", visibility="private",
            **{"partner-0-name": "光が丘サークル", "partner-0-our_person": "新井一郎", "partner-0-their_person": "光田"})
    _answer(anonymous_client, tokens["g2"], "submit", respondent_name="佐藤花子", visibility="internal",
            **{"partner-0-name": "南の会"})
    responses = {r["group"]["id"]: r["id"] for r in client.get("/api/responses?status=pending").get_json()["items"]}
    bad = client.post(f"/api/responses/{responses['g1']}/accept", json={"rows": {"0": {"group": "new", "sector": "x"}}})
    assert bad.status_code == 400 and bad.get_json()["error"]["parameter"] == "row-0-kind"
    done = client.post(f"/api/responses/{responses['g1']}/accept",
                       json={"rows": {"0": {"group": "new", "kind": "volunteer_group", "sector": "civic"}}})
    assert done.get_json()["status"] == "accepted"
    made = _ties(driver, "MATCH (g:Group {name: '光が丘サークル'})<-[:RELATION]-(:Group {id: 'g1'}) "
                         "RETURN g.kind AS kind, g.sector AS sector, g.search AS search")
    assert made == [{"kind": "volunteer_group", "sector": "civic", "search": "光が丘さーくる"}]
    people = _ties(driver, "MATCH (p:Person)-[:MEMBER_OF]->(g:Group) WHERE NOT p.id IN ['p1', 'p2'] "
                           "RETURN p.name AS name, p.visibility AS visibility, g.name AS group ORDER BY name")
    assert people == [{"name": "光田", "visibility": "private", "group": "光が丘サークル"},  # named by another: private
                      {"name": "新井一郎", "visibility": "private", "group": "東町会"}]
    assert _ties(driver, "MATCH (:Person {name: '新井一郎'})-[k:KNOWS]-(:Person {name: '光田'}) RETURN count(k) AS n") == [{"n": 1}]

    before = _ties(driver, "MATCH ()-[r]->() RETURN count(r) AS n")
    rejected = client.post(f"/api/responses/{responses['g2']}/reject", json={"note": "重複"})
    assert rejected.get_json()["status"] == "rejected"
    assert _ties(driver, "MATCH ()-[r]->() RETURN count(r) AS n") == before
    assert client.post(f"/api/responses/{responses['g2']}/accept", json={}).status_code == 409


def test_links_are_personal_expire_and_are_rate_limited(client, app, config, fresh_graph, tmp_path, driver):
    build_graph(fresh_graph, tmp_path, **WARD)
    survey = _survey(client, groups="g1")
    token = _token(survey["invites"][0]["link"])
    visitor = app.test_client()
    visitor.environ_base["REMOTE_ADDR"] = "192.0.2.10"
    assert visitor.get(f"/api/r/{token}").status_code == 200
    sheet = client.post("/api/sign-in-sheets", json={"event": "e1"}).get_json()
    sheet_token = _token(sheet["link"])
    invite_id = token.rsplit(".", 1)[0]
    for foreign in (sheet_token, invite_id + ".AAAAAAAAAAAAAAAAAAAAAAAA", token[:-1] + ("A" if token[-1] != "A" else "B"), "x"):
        refused = visitor.get(f"/api/r/{foreign}")
        assert refused.status_code == 404 and refused.get_json()["error"]["code"] == "unknown_link"
    assert visitor.get(f"/api/s/{token}").status_code == 404  # a survey link opens no sign-in sheet
    yesterday = (clock.today() - timedelta(days=1)).isoformat()
    closed = client.post(f"/api/surveys/{survey['survey']['id']}/deadline", json={"deadline": yesterday})
    assert closed.status_code == 200 and closed.get_json()["survey"]["deadline"] == yesterday
    closing = client.post(f"/api/surveys/{survey['survey']['id']}/deadline", data={"deadline": yesterday}, headers=HTML)
    assert "この調査は締め切られ" in client.get(closing.headers["Location"], headers=HTML).get_data(as_text=True)
    expired = visitor.get(f"/r/{token}", headers=HTML)
    assert expired.status_code == 410 and "締め切り" in expired.get_data(as_text=True)
    assert "メインメニュー" not in expired.get_data(as_text=True)  # no coordinator menu for respondents
    by_form = client.post(f"/api/surveys/{survey['survey']['id']}/deadline", data={"deadline": DEADLINE}, headers=HTML)
    assert by_form.status_code == 303  # extended, and the page says until when
    page = client.get(by_form.headers["Location"], headers=HTML).get_data(as_text=True)
    assert "締め切りを" in page and "に変更しました。回答用リンクはその日まで開けます。" in page
    assert visitor.get(f"/api/r/{token}").status_code == 200
    assert client.post("/api/surveys/sv-none/deadline", json={"deadline": DEADLINE}).status_code == 404
    assert client.post(f"/api/surveys/{survey['survey']['id']}/deadline", json={"deadline": "soon"}).status_code == 400

    # addresses tell clients apart only when the deployment says so (TSUNAGU_TRUSTED_PROXIES)
    trusting = create_app({**config, "TRUSTED_PROXIES": 0})
    guesser = trusting.test_client()
    guesser.environ_base["REMOTE_ADDR"] = "192.0.2.99"
    codes = [guesser.get(f"/api/r/inv-{n:04d}.guess").status_code for n in range(31)]
    assert codes[:30] == [404] * 30 and codes[30] == 429
    refused = guesser.get(f"/api/s/{sheet_token}")  # even a good link, from an address that kept guessing
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "900"


def test_event_sign_in_writes_attendance_and_mutual_acquaintances(client, app, fresh_graph, tmp_path, driver):
    build_graph(fresh_graph, tmp_path, **WARD)
    for body, status, parameter in (({"event": "nope"}, 404, "event"), ({}, 400, "event"),
                                    ({"event": "e1", "closes": "2020-01-01"}, 400, "closes"),
                                    ({"event": "e1", "closes": "soon"}, 400, "closes")):
        refused = client.post("/api/sign-in-sheets", json=body)
        assert refused.status_code == status and refused.get_json()["error"]["parameter"] == parameter
    sheet = client.post("/api/sign-in-sheets", json={"event": "e1"}).get_json()
    token = _token(sheet["link"])
    poster = client.get(f"/sign-in-sheets/{sheet['id']}", headers=HTML).get_data(as_text=True)
    assert "<svg" in poster and sheet["link"] in poster
    guest = app.test_client()
    for name, group, met in (("山田太郎", "東町会", "佐藤花子\n木村"), ("佐藤花子", "西NPO", "山田 太郎"),
                             ("木村", "", "誰か")):
        form = {"csrf_token": _csrf(guest, f"/s/{token}"), "name": name, "group_name": group, "met": met,
                "visibility": "internal"}
        answered = guest.post(f"/s/{token}", data=form, headers=HTML)
        assert answered.status_code == 200 and "受付しました" in answered.get_data(as_text=True)
    missing = guest.post(f"/s/{token}", data={"csrf_token": _csrf(guest, f"/s/{token}"), "name": ""}, headers=HTML)
    assert missing.status_code == 400 and "お名前を入れてください" in missing.get_data(as_text=True)
    assert _ties(driver, "MATCH ()-[r:ATTENDED|KNOWS]->() RETURN count(r) AS n") == [{"n": 0}]  # staged only
    entries = client.get("/api/responses?kind=signin").get_json()["items"]
    assert [e["payload"]["name"] for e in entries] == ["山田太郎", "佐藤花子", "木村"]
    for entry in entries:
        assert client.post(f"/api/responses/{entry['id']}/accept", json={}).status_code == 200
    attended = _ties(driver, "MATCH (p:Person)-[:ATTENDED]->(:Event {id: 'e1'}) RETURN p.name AS name ORDER BY name")
    assert [a["name"] for a in attended] == sorted(["山田太郎", "佐藤花子", "木村"])
    knows = _ties(driver, "MATCH (a:Person)-[k:KNOWS]-(b:Person) WHERE a.id < b.id RETURN a.id AS a, b.id AS b, "
                          "k.context AS context, toString(k.since) AS since, k.source AS source")
    assert knows == [{"a": "p1", "b": "p2", "context": "区民活動フェスティバル", "since": TODAY,
                      "source": f"受付「区民活動フェスティバル」 佐藤花子 {TODAY}"}]  # only the pair who named each other
    assert _ties(driver, "MATCH (p:Person {name: '木村'}) RETURN count { (p)-[:MEMBER_OF]->() } AS groups") == [{"groups": 0}]


def test_nothing_a_respondent_types_is_rendered_unescaped(client, anonymous_client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **WARD)
    token = _token(_survey(client, groups="g1")["invites"][0]["link"])
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    _answer(anonymous_client, token, "submit", respondent_name=hostile, visibility="public",
            **{"partner-0-name": hostile, "partner-0-our_person": hostile, "offers_note": hostile})
    response_id = client.get("/api/responses").get_json()["items"][0]["id"]
    for url in ("/responses", f"/responses/{response_id}", f"/r/{token}"):
        page = client.get(url, headers=HTML).get_data(as_text=True)
        assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in client.get(f"/responses/{response_id}", headers=HTML).get_data(as_text=True)


def test_surveys_and_responses_survive_a_backup_and_restore(client, anonymous_client, fresh_graph, tmp_path, neo4j,
                                                            driver):
    from click.testing import CliRunner

    from service.cli import main
    build_graph(fresh_graph, tmp_path / "data", **WARD)
    survey = _survey(client, groups="g1\ng2")
    tokens = {i["group"]["id"]: _token(i["link"]) for i in survey["invites"]}
    _answer(anonymous_client, tokens["g1"], "submit", respondent_name="山田太郎", visibility="public",
            **{"partner-0-name": "西NPO"})
    _answer(anonymous_client, tokens["g2"], "save", respondent_name="佐藤花子")
    client.post("/api/sign-in-sheets", json={"event": "e1"})
    before = client.get(f"/api/surveys/{survey['survey']['id']}").get_json()
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    saved = tmp_path / "backup.zip"
    made = CliRunner().invoke(main, ["backup", str(saved)], env=env)
    assert made.exit_code == 0 and "1 surveys (2 invitations), 1 sign-in sheets, 1 responses" in made.output
    driver.execute_query("MATCH (n) WHERE n:Survey OR n:SurveyInvite OR n:SignInSheet OR n:Response DETACH DELETE n")
    assert CliRunner().invoke(main, ["restore", str(saved), "--yes"], env=env).exit_code == 0
    after = client.get(f"/api/surveys/{survey['survey']['id']}").get_json()
    assert after == before
    draft = anonymous_client.get(f"/api/r/{tokens['g2']}").get_json()  # the same link still opens the draft
    assert draft["answers"]["respondent"]["name"] == "佐藤花子"
    pending = client.get("/api/responses?status=pending").get_json()["items"]
    assert client.post(f"/api/responses/{pending[0]['id']}/accept", json={}).status_code == 200


def test_deleting_a_person_removes_their_name_from_collected_answers(client, admin_client, anonymous_client,
                                                                     fresh_graph, tmp_path, driver):
    build_graph(fresh_graph, tmp_path, **WARD)
    token = _token(_survey(client, groups="g1")["invites"][0]["link"])
    _answer(anonymous_client, token, "submit", respondent_name="山田太郎", visibility="public",
            **{"partner-0-name": "西NPO", "partner-0-our_person": "山田太郎", "partner-0-their_person": "佐藤花子"})
    response_id = client.get("/api/responses").get_json()["items"][0]["id"]
    assert client.post(f"/api/responses/{response_id}/accept", json={}).status_code == 200
    assert admin_client.delete("/api/people/p1").status_code == 200
    stored = _ties(driver, "MATCH (n) WHERE n:Response OR n:SurveyInvite RETURN n.payload AS payload, n.draft AS draft, "
                           "n.written AS written")
    assert stored and not any("山田太郎" in (row[k] or "") or '"p1"' in (row[k] or "")
                              for row in stored for k in ("payload", "draft", "written"))
    kept = [row["payload"] or row["draft"] for row in stored if row["payload"] or row["draft"]]
    assert kept and all("佐藤花子" in text for text in kept)  # only that person is forgotten
    sources = _ties(driver, "MATCH ()-[r]->() WHERE r.source STARTS WITH '調査' RETURN DISTINCT r.source AS source")
    assert sources == [{"source": f"調査「つながり調査2026」 回答 (削除済み) {TODAY}"}]


def test_corrections_of_the_wrong_shape_are_a_400_naming_the_part(client, anonymous_client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **WARD)
    token = _token(_survey(client, groups="g1")["invites"][0]["link"])
    _answer(anonymous_client, token, "submit", respondent_name="山田太郎", visibility="public",
            **{"partner-0-name": "西NPO"})
    response_id = client.get("/api/responses").get_json()["items"][0]["id"]
    for corrections, part in (({"rows": []}, "rows"), ({"rows": {"0": "g2"}}, "rows"),
                              ({"rows": {"0": {"group": ["g2"]}}}, "row-0-group"),
                              ({"rows": {"0": {"strength": "3"}}}, "row-0-strength"),
                              ({"rows": {"0": {"strength": 7}}}, "row-0-strength"),
                              ({"respondent": {"name": 5}}, "respondent"), ({"respondent": "x"}, "respondent"),
                              ({"respondent": {"visibility": "everyone"}}, "visibility"),
                              ({"rows": {"0": {"group": "g-none"}}}, "row-0-group")):
        refused = client.post(f"/api/responses/{response_id}/accept", json=corrections)
        assert refused.status_code == 400 and refused.get_json()["error"]["parameter"] == part, corrections
    assert client.post(f"/api/responses/{response_id}/accept", json=[1]).status_code == 400
    assert client.get(f"/api/responses/{response_id}").get_json()["response"]["status"] == "pending"


def test_audit_entries_surveys_and_responses_leave_the_network_version_alone(
        client, anonymous_client, fresh_graph, tmp_path, driver):
    """A page view writes an audit entry and an answer a response: neither is the network, so
    neither may throw away the projection or the bridging scores (seconds at ward scale)."""
    build_graph(fresh_graph, tmp_path, **WARD)
    before = fresh_graph.version()
    client.get("/people/p1", headers=HTML)
    token = _token(_survey(client, groups="g1")["invites"][0]["link"])
    _answer(anonymous_client, token, "submit", respondent_name="山田太郎", visibility="public",
            **{"partner-0-name": "西NPO"})
    client.post("/api/sign-in-sheets", json={"event": "e1"})
    client.post("/api/introductions", json={"group": "g1", "candidate": "g2"})
    assert fresh_graph.version() == before
    response_id = client.get("/api/responses").get_json()["items"][0]["id"]
    client.post(f"/api/responses/{response_id}/accept", json={})
    assert fresh_graph.version() != before  # accepting writes to the network


def test_accepting_keeps_a_groups_notes_and_keeps_people_it_names_private(client, anonymous_client, fresh_graph,
                                                                         tmp_path, driver):
    """Accepting an answer replaced 「町会会館」, a strength's note, with the answer's one free
    text, written on every strength it named; and 「小川さん」, named as another group's contact,
    became a person 「小川さん」 whom staff could see by name, beside 小川 千尋 of that group."""
    build_graph(fresh_graph, tmp_path, **{
        **WARD, "people": WARD["people"] + [{"id": "p3", "name": "小川 千尋", "visibility": "internal"}],
        "memberships": WARD["memberships"] + [{"person_id": "p3", "group_id": "g2"}],
        "offers": [{"group_id": "g1", "capability_id": "c1", "note": "町会会館"}]})
    survey = _survey(client, groups="g1")
    token = _token(survey["invites"][0]["link"])
    _answer(anonymous_client, token, "submit", respondent_name="山田太郎", visibility="internal", offers=["c1", "c2"],
            offers_note="平日昼に貸せます", **{"partner-0-name": "西NPO", "partner-0-group_id": "g2",
                                              "partner-0-our_person": "東野さん", "partner-0-their_person": "小川さん"})
    response_id = client.get("/api/responses?status=pending").get_json()["items"][0]["id"]
    page = client.get(f"/responses/{response_id}", headers=HTML).get_data(as_text=True)
    assert "登録されていない人は非公開で記録します" in page and "すでにある課題・強みのメモはそのまま" in page
    named = [" ".join(row.split()) for row in re.findall(r'<tr class="named-person">(.*?)</tr>', page, re.S)]
    assert [re.sub(r"<[^>]+>", "", row) for row in named] == [
        "名前が挙がった人: 東野 非公開の人として記録 (名前は管理者だけが見られます)",
        "名前が挙がった人: 小川 登録済みの人: 小川 千尋 姓だけで一致 その団体にこの姓の人がひとりだけなので、その人としました。"
        "別の人なら、下のその団体の欄で「…とは別の人」に印をつけてください。"]
    assert "相手の窓口「小川さん」は 小川 千尋 とは別の人(新しい人として記録する)" in page
    assert client.post(f"/api/responses/{response_id}/accept", json={}).get_json()["status"] == "accepted"
    offers = _ties(driver, "MATCH (:Group {id: 'g1'})-[r:OFFERS]->(c) RETURN c.id AS c, r.note AS note ORDER BY c")
    assert offers == [{"c": "c1", "note": "町会会館"}, {"c": "c2", "note": None}]
    knows = _ties(driver, "MATCH (a:Person)-[:KNOWS]-(b:Person {id: 'p3'}) RETURN a.name AS name, a.visibility AS visibility")
    assert knows == [{"name": "東野", "visibility": "private"}]  # 小川さん is 小川 千尋; 東野さん, new, is private
    assert _ties(driver, "MATCH (p:Person) WHERE p.name STARTS WITH '小川' RETURN count(p) AS n") == [{"n": 1}]


def test_a_contact_matched_by_family_name_alone_can_be_recorded_as_someone_new(client, admin_client, anonymous_client,
                                                                              fresh_graph, tmp_path, driver):
    """「小川さん」 was 小川 千尋, the one 小川 of the partner group, with no way to say it was
    another 小川: the review form offers it for that row's side, and one tick counts for every
    row that names the same 小川 of the same group; a whole name that matches stays matched.
    A private 小川 is matched for every reviewer (what is written does not depend on who
    accepts), but staff were shown 「(非公開の人)」 and a box to refuse them, and so learnt that the
    group has a private member called 小川: they now read what a new private person reads, and
    only an admin sees the match and the box."""
    build_graph(fresh_graph, tmp_path, **{
        **WARD, "people": WARD["people"] + [{"id": "p3", "name": "小川 千尋", "visibility": "private"},
                                            {"id": "p4", "name": "東野 一郎", "visibility": "internal"}],
        "memberships": WARD["memberships"] + [{"person_id": "p3", "group_id": "g2"}, {"person_id": "p4", "group_id": "g1"}]})
    token = _token(_survey(client, groups="g1")["invites"][0]["link"])
    _answer(anonymous_client, token, "submit", respondent_name="山田太郎", visibility="internal",
            **{"partner-0-name": "西NPO", "partner-0-group_id": "g2", "partner-0-our_person": "東野さん",
               "partner-0-their_person": "小川さん",
               "partner-1-name": "南の会", "partner-1-group_id": "g3", "partner-1-our_person": "東野さん"})
    response_id = client.get("/api/responses?status=pending").get_json()["items"][0]["id"]
    twin = client.get(f"/api/responses/{response_id}").get_data(as_text=True)
    for hidden in ("p3", "小川 千尋"):  # staff: a private person without their name or id
        assert hidden not in twin, twin[max(0, twin.find(hidden) - 300):twin.find(hidden) + 100]
    for hidden in ("小川 千尋", "(非公開の人)"):  # nor that a private 小川 exists
        assert hidden not in twin
    page = client.get(f"/responses/{response_id}", headers=HTML).get_data(as_text=True)
    assert "「小川さん」は" not in page and "(非公開の人)" not in page and "None" not in page
    people = client.get(f"/api/responses/{response_id}").get_json()["plan"]["people"]
    assert [p for p in people if p["typed"] == "小川"] == [  # as a new private person reads: new or not is not told
        {"typed": "小川", "new": None, "by_family_name": False, "person": None, "respondent": False, "visibility": "private"}]
    assert page.count("こちらの窓口「東野さん」は 東野 一郎 とは別の人") == 2  # a box in each row that names him
    admin_page = admin_client.get(f"/responses/{response_id}", headers=HTML).get_data(as_text=True)
    assert "相手の窓口「小川さん」は 小川 千尋 とは別の人" in admin_page  # an admin sees the match, to confirm or refuse
    assert admin_client.get(f"/api/responses/{response_id}").get_json()["plan"]["counts"] == \
        client.get(f"/api/responses/{response_id}").get_json()["plan"]["counts"]  # one plan, whoever reads it
    bad = client.post(f"/api/responses/{response_id}/accept", json={"rows": {"0": {"their_new": "yes"}}})
    assert bad.status_code == 400 and bad.get_json()["error"]["parameter"] == "row-0-their_new"
    form = {"csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', page).group(1),
            "row-0-include": "on", "row-0-group": "g2", "row-0-their_new": "on", "row-0-our_new": "on",
            "row-1-include": "on", "row-1-group": "g3", "respondent_name": "山田太郎", "visibility": "internal"}
    accepted = client.post(f"/api/responses/{response_id}/accept", data=form, headers=HTML)
    assert accepted.status_code in (200, 302, 303), accepted.get_data(as_text=True)[:2000]
    members = _ties(driver, "MATCH (p:Person)-[:MEMBER_OF]->(g:Group) WHERE p.name STARTS WITH '小川' "
                            "OR p.name STARTS WITH '東野' RETURN g.id AS g, p.name AS name, p.visibility AS visibility "
                            "ORDER BY g, name")
    assert members == [{"g": "g1", "name": "東野", "visibility": "private"},  # one new 東野 for both rows
                       {"g": "g1", "name": "東野 一郎", "visibility": "internal"},
                       {"g": "g2", "name": "小川", "visibility": "private"},
                       {"g": "g2", "name": "小川 千尋", "visibility": "private"}]
    untouched = _ties(driver, "MATCH (:Person {id: 'p4'})-[r]-() RETURN r.source AS source")
    assert untouched and not any("調査" in (r["source"] or "") for r in untouched)  # neither row's 東野 was him


def test_a_contact_named_in_full_stays_matched_when_called_someone_new(client, anonymous_client, fresh_graph,
                                                                       tmp_path, driver):
    build_graph(fresh_graph, tmp_path, **{
        **WARD, "people": WARD["people"] + [{"id": "p3", "name": "小川 千尋", "visibility": "internal"}],
        "memberships": WARD["memberships"] + [{"person_id": "p3", "group_id": "g2"}]})
    token = _token(_survey(client, groups="g1")["invites"][0]["link"])
    _answer(anonymous_client, token, "submit", respondent_name="山田太郎", visibility="internal",
            **{"partner-0-name": "西NPO", "partner-0-group_id": "g2", "partner-0-their_person": "小川 千尋さん"})
    response_id = client.get("/api/responses?status=pending").get_json()["items"][0]["id"]
    assert "とは別の人" not in client.get(f"/responses/{response_id}", headers=HTML).get_data(as_text=True)
    done = client.post(f"/api/responses/{response_id}/accept", json={"rows": {"0": {"their_new": True}}})
    assert done.get_json()["status"] == "accepted"
    assert _ties(driver, "MATCH (p:Person) WHERE p.name STARTS WITH '小川' RETURN p.id AS id") == [{"id": "p3"}]


def test_a_survey_is_sent_to_groups_named_as_their_pages_name_them(client, fresh_graph, tmp_path):
    """The survey form asked for 「団体ID」, codes nobody knows; a past deadline led to an error
    page with no way back to the form."""
    build_graph(fresh_graph, tmp_path, **WARD)
    made = _survey(client, groups="練馬こども食堂\ng2")
    assert sorted(i["group"]["id"] for i in made["invites"]) == ["g2", "g4"]
    unknown = client.post("/api/surveys", json={"title": "調査", "deadline": DEADLINE, "questions": ["partners"],
                                                "sender": SENDER, "groups": "練馬こども食堂\n北の会"})
    assert unknown.status_code == 404 and "北の会" in unknown.get_json()["error"]["message"]
    page = client.get("/surveys", headers=HTML).get_data(as_text=True)
    assert "団体の名前か ID" in page and f'min="{TODAY}"' in page  # a past day cannot be picked
    past = client.post("/api/surveys", data={"csrf_token": _csrf(client, "/surveys"), "title": "調査",
                                             "deadline": "2020-01-01", "questions": "partners"}, headers=HTML)
    assert past.status_code == 400 and "入れた内容のまま前の画面に戻って直せます" in past.get_data(as_text=True)


def test_telephone_numbers_in_a_sender_are_links_as_typed():
    """Half- or full-width, with hyphens, spaces or brackets: the link dials the digits, the
    text stays as written, and nothing else (a date, a postcode, an address) becomes a link."""
    from service.phones import linked
    assert str(linked("電話：０３－１２３４－５６７８（平日）")) == \
        '電話：<a href="tel:0312345678">０３－１２３４－５６７８</a>（平日）'
    assert str(linked("TEL (03)3993-1234 / 090-1234-5678")) == \
        'TEL <a href="tel:0339931234">(03)3993-1234</a> / <a href="tel:09012345678">090-1234-5678</a>'
    assert str(linked("0120-123-456")) == '<a href="tel:0120123456">0120-123-456</a>'
    assert str(linked("TEL：03-1111-2222 FAX：03-1111-3333")) == \
        'TEL：<a href="tel:0311112222">03-1111-2222</a> FAX：03-1111-3333'  # a tap would dial a fax machine
    assert str(linked("ファクス 03-1111-3333、電話 03-1111-2222")).count("tel:") == 1
    assert "tel:" not in str(linked("FAX番号：03-1111-3333")) and "tel:" not in str(linked("ﾌｧｯｸｽ 03-1111-3333"))
    assert str(linked("03–1234–5678")) == '<a href="tel:0312345678">03–1234–5678</a>'  # an en dash between
    for plain in ("〒176-0012 練馬1-2-3", "2026-12-07", "012345678901234", "03-1234"):
        assert str(linked(plain)) == plain
    assert str(linked("<b>03-1234-5678</b>")) == '&lt;b&gt;<a href="tel:0312345678">03-1234-5678</a>&lt;/b&gt;'


def test_a_respondent_registered_as_private_reads_to_staff_as_a_new_one_does(client, anonymous_client, fresh_graph,
                                                                           tmp_path):
    """小川 千尋, a private member of 東町会, answered for it choosing 区と関係者だけ: staff read
    「登録済みの人」 (a registered private person) where a new respondent reads 「新しい人として記録
    (区と関係者だけ)」. Both now read the same; her record stays private (never more visible)."""
    build_graph(fresh_graph, tmp_path, **{
        **WARD, "people": WARD["people"] + [{"id": "p3", "name": "小川 千尋", "visibility": "private"}],
        "memberships": WARD["memberships"] + [{"person_id": "p3", "group_id": "g1"}]})
    links = _survey(client, groups="g1")["invites"][0]["link"]
    _answer(anonymous_client, _token(links), "submit", respondent_name="小川 千尋", visibility="internal",
            **{"partner-0-name": "西NPO"})
    registered = client.get("/api/responses?status=pending").get_json()["items"][0]["id"]
    shown = client.get(f"/api/responses/{registered}").get_json()["plan"]["people"]
    assert [p for p in shown if p["respondent"]] == [
        {"typed": "小川 千尋", "new": None, "by_family_name": False, "person": None, "respondent": True, "visibility": "internal"}]
    page = client.get(f"/responses/{registered}", headers=HTML).get_data(as_text=True)
    assert "回答した人として記録" in page and "登録済みの人" not in page and "p3" not in page
