"""The network over time: where ties came from and when they were confirmed, questions asked
as of a date, what changed between two dates, and introductions followed up."""
from datetime import timedelta

import pytest

from conftest import build_graph
from service import clock

TODAY = clock.today().isoformat()

HISTORY = dict(
    people=[{"id": "a", "name": "青木", "visibility": "public"}, {"id": "b", "name": "馬場", "visibility": "public"},
            {"id": "c", "name": "千葉", "visibility": "public"}, {"id": "d", "name": "土屋", "visibility": "private"}],
    groups=[{"id": "g1", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"},
            {"id": "g2", "name": "西NPO", "kind": "npo", "sector": "civic"},
            {"id": "g3", "name": "南の会", "kind": "volunteer_group", "sector": "civic"}],
    collaborations=[{"id": "c1", "name": "見守り協働", "status": "active", "started": "2021-06-01"}],
    memberships=[{"person_id": "a", "group_id": "g1", "since": "2015-04-01"},
                 {"person_id": "b", "group_id": "g2", "since": "2018-04-01", "until": "2021-03-31"},
                 {"person_id": "c", "group_id": "g2", "since": "2021-04-01"},
                 {"person_id": "d", "group_id": "g3", "since": "2019-01-01", "confirmed": "2015-01-01"}],
    knows=[{"person_id": "a", "other_id": "b", "since": "2016-05-01", "strength": "2"},
           {"person_id": "a", "other_id": "c", "since": "2021-07-01", "strength": "1", "source": "区民活動フェスティバル"}],
    partners=[{"group_id": "g1", "collaboration_id": "c1", "role": "lead", "since": "2021-06-01"},
              {"group_id": "g2", "collaboration_id": "c1", "role": "partner", "since": "2021-06-01"}],
)


def test_ties_carry_their_source_and_confirmation(client, fresh_graph, tmp_path, driver):
    build_graph(fresh_graph, tmp_path, **HISTORY)
    records, _, _ = driver.execute_query(
        "MATCH (a)-[r:KNOWS|MEMBER_OF|PARTNER_IN]->(b) RETURN a.id AS a, b.id AS b, r.source AS source, "
        "toString(r.confirmed) AS confirmed")
    ties = {(r["a"], r["b"]): r for r in records}
    assert ties[("a", "b")]["source"] == "import knows.csv row 2" and ties[("a", "b")]["confirmed"] == TODAY
    assert ties[("a", "c")]["source"] == "区民活動フェスティバル"
    assert ties[("d", "g3")]["confirmed"] == "2015-01-01"
    assert ties[("g1", "c1")]["source"] == "import partners.csv row 2"


def test_the_ward_s_day_is_the_same_in_python_and_in_cypher(graph, driver):
    """Nerima's day begins at midnight in Tokyo: from midnight to nine a server kept on UTC
    would still say yesterday (a tie confirmed today dated the day before, an event held this
    morning still 予定). Python's today and Cypher's date() are both the ward's, all day."""
    from service import db
    assert clock.now().utcoffset() == timedelta(hours=9)
    assert db.check_clock(graph)
    before = clock.today().isoformat()
    records, _, _ = driver.execute_query("RETURN toString(date()) AS today, datetime().offset AS offset")
    assert records[0]["offset"] == "+09:00"
    assert records[0]["today"] in {before, clock.today().isoformat()}  # midnight may pass meanwhile


def test_reimporting_a_tie_confirms_it(client, fresh_graph, tmp_path, driver):
    build_graph(fresh_graph, tmp_path / "first", **HISTORY)
    again = {"people": HISTORY["people"], "groups": HISTORY["groups"],
             "memberships": [{"person_id": "d", "group_id": "g3", "since": "2019-01-01"}]}
    build_graph(fresh_graph, tmp_path / "again", **again)
    records, _, _ = driver.execute_query(
        "MATCH (:Person {id: 'd'})-[r:MEMBER_OF]->() RETURN toString(r.confirmed) AS confirmed")
    assert records[0]["confirmed"] == TODAY


def test_questions_as_of_a_date(client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **HISTORY)
    now = client.get("/api/paths?from=g1&to=g2").get_json()["items"]
    assert [n["id"] for n in now[0]["nodes"]] == ["g1", "a", "c", "g2"]  # b left g2 in 2021
    then = client.get("/api/paths?from=g1&to=g2&as_of=2020-01-01").get_json()["items"]
    assert [n["id"] for n in then[0]["nodes"]] == ["g1", "a", "b", "g2"]
    assert client.get("/api/paths?from=g1&to=g2&as_of=2016-01-01").get_json()["items"] == []
    bridging_then = client.get("/api/bridging?as_of=2020-01-01").get_json()
    assert bridging_then["as_of"] == "2020-01-01" and bridging_then["items"][0]["id"] in ("a", "b")
    by_id = {p["id"]: p for p in bridging_then["items"]}
    assert set(by_id) == {"a", "b"}  # on the one path g1 – a – b – g2; c joined g2 in 2021
    assert client.get("/api/bridging").get_json()["items"] == []  # today g1 and g2 are partners in c1
    ego_then = client.get("/api/maps/ego/g2?as_of=2020-01-01").get_json()
    assert ego_then["as_of"] == "2020-01-01" and {n["id"] for n in ego_then["nodes"]} == {"g2", "b"}
    isolated = {day: [(g["id"], g["members"]) for g in client.get(f"/api/gaps{day}").get_json()["isolated_groups"]["items"]]
                for day in ("", "?as_of=2016-01-01")}
    assert isolated == {"": [("g3", 1)], "?as_of=2016-01-01": [("g1", 1), ("g2", 0), ("g3", 0)]}
    for bad in ("2020-13-01", "yesterday", "2020-1-1"):
        response = client.get(f"/api/paths?from=g1&to=g2&as_of={bad}")
        assert response.status_code == 400 and response.get_json()["error"]["parameter"] == "as_of"


def test_maps_show_new_and_fading_ties(client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **HISTORY)
    edges = client.get("/api/maps/ego/g3?as_of=2019-06-01").get_json()["edges"]
    assert [e["age"] for e in edges] == ["new"]  # d joined g3 in January 2019
    later = client.get("/api/maps/ego/g3").get_json()["edges"]
    assert [e["age"] for e in later] == ["fading"]  # confirmed 2015, long ago
    assert "dashes" in later[0]


def test_min_confidence_leaves_out_ties_not_confirmed(client, fresh_graph, tmp_path):
    """Confidence halves every TSUNAGU_FADE_DAYS (730) without confirmation: on 2016-12-31 a
    tie confirmed on 2015-01-01 is exactly 730 days old (0.5, kept at min_confidence=0.5),
    one day later it is drawn fading and left out."""
    build_graph(fresh_graph, tmp_path,
                people=[{"id": "x", "name": "上田", "visibility": "public"}, {"id": "y", "name": "下田", "visibility": "public"},
                        {"id": "z", "name": "中田", "visibility": "public"}],
                groups=[{"id": "g1", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"}],
                memberships=[{"person_id": "x", "group_id": "g1", "since": "2010-01-01", "confirmed": "2015-01-01"},
                             {"person_id": "z", "group_id": "g1", "since": "2010-01-01", "confirmed": "2016-12-01"}],
                knows=[{"person_id": "x", "other_id": "y", "since": "2010-01-01", "confirmed": "2015-01-01"}])

    def path(day, sure=""):
        items = client.get(f"/api/paths?from=g1&to=y&as_of={day}&min_confidence={sure}").get_json()["items"]
        return [n["id"] for n in items[0]["nodes"]] if items else []

    assert path("2016-12-31", "0.5") == ["g1", "x", "y"]
    assert path("2017-01-01", "0.5") == []
    assert path("2017-01-01") == ["g1", "x", "y"]  # without min_confidence every tie counts
    ego = client.get("/api/maps/ego/g1?as_of=2017-01-01&min_confidence=0.5").get_json()
    assert ego["min_confidence"] == 0.5 and {n["id"] for n in ego["nodes"]} == {"g1", "z"}
    faded = client.get("/api/maps/ego/g1?as_of=2017-01-01").get_json()["edges"]
    assert sorted(e["age"] or "" for e in faded) == ["", "fading"]  # the tie left out is the one drawn fading
    stats = client.get("/api/stats?as_of=2017-01-01&min_confidence=0.5").get_json()
    assert stats["relationships"]["MEMBER_OF"] == 1 and stats["relationships"]["KNOWS"] == 0
    stats = client.get("/api/stats?as_of=2016-12-31&min_confidence=0.5").get_json()
    assert stats["relationships"]["MEMBER_OF"] == 2 and stats["relationships"]["KNOWS"] == 1
    assert client.get("/api/stats?min_confidence=0.5").get_json()["relationships"]["MEMBER_OF"] == 0  # today
    bridging = client.get("/api/bridging?as_of=2017-01-01&min_confidence=0.5").get_json()
    assert bridging["min_confidence"] == 0.5
    assert bridging["items"] == []  # one group left: nobody between places
    page = client.get("/maps/ego/g1?as_of=2017-01-01&min_confidence=0.5", headers={"Accept": "text/html"})
    assert 'name="min_confidence" value="0.5" checked' in page.get_data(as_text=True)
    for bad in ("2", "-0.1", "half", "nan"):
        response = client.get(f"/api/bridging?min_confidence={bad}")
        assert response.status_code == 400 and response.get_json()["error"]["parameter"] == "min_confidence"


def test_changes_between_two_dates(client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **HISTORY)
    answer = client.get("/api/changes?from=2021-01-01&to=2021-12-31").get_json()
    appeared = {(t["type"], t["a"]["id"], t["b"]["id"]) for t in answer["ties_appeared"]}
    assert appeared == {("MEMBER_OF", "c", "g2"), ("KNOWS", "a", "c"), ("PARTNER_IN", "g1", "c1"),
                        ("PARTNER_IN", "g2", "c1")}
    assert [(t["a"]["id"], t["b"]["id"], t["day"]) for t in answer["ties_disappeared"]] == [("b", "g2", "2021-03-31")]
    assert [c["id"] for c in answer["collaborations_started"]] == ["c1"]
    assert answer["groups_joined"] == []
    assert [(p["chien"]["id"], p["civic"]["id"]) for p in answer["chien_civic_gained"]] == [("g1", "g2")]
    early = client.get("/api/changes?from=2014-01-01&to=2019-12-31").get_json()
    assert {g["id"] for g in early["groups_joined"]} == {"g1", "g2", "g3"}
    private = [t for t in early["ties_appeared"] if t["b"]["id"] == "g3"][0]
    assert private["a"]["anonymous"] is True and private["a"]["name"] is None
    # both ends belong to the period: a tie that ended on the first or the last day is in it
    for start, end in (("2021-03-31", "2021-12-31"), ("2021-01-01", "2021-03-31"), ("2021-03-31", "2021-03-31")):
        edge = client.get(f"/api/changes?from={start}&to={end}").get_json()["ties_disappeared"]
        assert [(t["a"]["id"], t["b"]["id"]) for t in edge] == [("b", "g2")], (start, end)
    assert client.get("/api/changes?from=2021-04-01&to=2021-12-31").get_json()["ties_disappeared"] == []
    assert client.get("/api/changes?from=2021-12-31&to=2021-01-01").status_code == 400
    assert client.get("/api/changes?from=2021-01-01").get_json()["error"]["parameter"] == "to"


def test_introductions_move_along_and_are_audited(client, viewer_client, admin_client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **HISTORY)
    made = client.post("/api/introductions", json={"group": "g1", "candidate": "g2", "note": "人手の相談"})
    assert made.status_code == 201
    record = made.get_json()
    intro_id = record["introduction"]["id"]
    assert record["introduction"]["status"] == "proposed" and record["via"]["id"] == "c"
    assert [step["id"] for step in record["introduction"]["path"]] == ["g1", "a", "c", "g2"]
    assert record["next"] == ["contacted", "declined"]
    bad = client.post(f"/api/introductions/{intro_id}/status", json={"status": "collaborating"})
    assert bad.status_code == 409 and bad.get_json()["error"]["code"] == "bad_transition"
    for status in ("contacted", "met"):
        assert client.post(f"/api/introductions/{intro_id}/status", json={"status": status}).status_code == 200
    done = client.post(f"/api/introductions/{intro_id}/status",
                       json={"status": "collaborating", "collaboration": "c1"}).get_json()
    assert done["introduction"]["status"] == "collaborating" and done["collaboration"]["id"] == "c1"
    assert [h.split("|")[0] for h in done["introduction"]["history"]] == ["proposed", "contacted", "met", "collaborating"]
    assert viewer_client.post("/api/introductions", json={"group": "g1", "candidate": "g2"}).status_code == 403
    listed = client.get("/api/introductions?status=collaborating").get_json()["items"]
    assert [r["introduction"]["id"] for r in listed] == [intro_id]
    page = client.get("/introductions", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "協働が始まった" in page and "見守り協働" in page
    audit = admin_client.get("/api/admin/audit?action=introduction_status").get_json()["entries"]
    assert [e["detail"] for e in audit[:3]] == ["collaborating", "met", "contacted"]
    assert client.post("/api/introductions", json={"group": "g1"}).get_json()["error"]["parameter"] == "candidate"
    assert client.post("/api/introductions/i-none/status", json={"status": "met"}).status_code == 404


def test_an_introduction_joins_the_network_once_with_its_notes(client, fresh_graph, tmp_path):
    """Shown on both groups' pages and the person asked; a second one for the pair is refused
    with a link to the first; the candidates list marks the pair instead of offering to record
    it again; dated notes; a message after each step; statuses by their names."""
    build_graph(fresh_graph, tmp_path, **HISTORY)
    html = {"Accept": "text/html"}
    made = client.post("/api/introductions", data={"group": "g1", "candidate": "g2"}, headers=html)
    assert made.status_code == 303 and made.headers["Location"] == "/introductions"  # at the top: the notice, then the newest
    page = client.get("/introductions", headers=html).get_data(as_text=True)
    assert "紹介を記録しました" in page and "提案" in page
    intro_id = client.get("/api/introductions").get_json()["items"][0]["introduction"]["id"]
    again = client.post("/api/introductions", json={"group": "g2", "candidate": "g1"})  # either way round
    assert again.status_code == 409 and again.get_json()["error"]["link"] == f"/introductions#{intro_id}"
    refused = client.post("/api/introductions", data={"group": "g1", "candidate": "g2"}, headers=html)
    assert refused.status_code == 409 and f'href="/introductions#{intro_id}"' in refused.get_data(as_text=True)
    for group in ("g1", "g2"):
        assert f"/introductions#{intro_id}" in client.get(f"/groups/{group}", headers=html).get_data(as_text=True)
    assert f"/introductions#{intro_id}" in client.get("/people/c", headers=html).get_data(as_text=True)  # the one asked
    client.post(f"/api/introductions/{intro_id}/status", data={"status": "contacted"}, headers=html)
    moved = client.get("/introductions", headers=html).get_data(as_text=True)
    assert "の紹介を「連絡済み」に進めました" in moved and "contacted" not in moved.split("<main")[1].split("<form")[0]
    noted = client.post(f"/api/introductions/{intro_id}/note", json={"note": "会長に電話。来月の定例会で紹介"}).get_json()
    steps = noted["introduction"]["steps"]
    assert [s["kind"] for s in steps] == ["proposed", "contacted", "note"] and steps[-1]["note"].startswith("会長に電話")
    assert client.post(f"/api/introductions/{intro_id}/note", json={"note": " "}).status_code == 400
    csv = client.get("/introductions?format=csv").get_data(as_text=True)
    assert "連絡済み" in csv and "contacted" not in csv
    partners = client.get("/api/partners?group=g1").get_json()
    assert partners["introduced"]["g2"] == {"id": intro_id, "status": "contacted"}
    changes = client.get(f"/api/changes?from={TODAY}&to={TODAY}").get_json()["introductions"]
    assert [(c["id"], c["status"], c["via"]["name"]) for c in changes] == [(intro_id, "contacted", "千葉")]


def test_introductions_survive_a_backup_and_restore(client, fresh_graph, tmp_path, neo4j, driver):
    from click.testing import CliRunner

    from service.cli import main
    build_graph(fresh_graph, tmp_path / "data", **HISTORY)
    made = client.post("/api/introductions", json={"group": "g1", "candidate": "g2"}).get_json()
    intro_id = made["introduction"]["id"]
    client.post(f"/api/introductions/{intro_id}/status", json={"status": "contacted"})
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    saved = tmp_path / "backup.zip"
    assert CliRunner().invoke(main, ["backup", str(saved)], env=env).exit_code == 0
    driver.execute_query("MATCH (i:Introduction) DETACH DELETE i")
    assert CliRunner().invoke(main, ["restore", str(saved), "--yes"], env=env).exit_code == 0
    back = client.get("/api/introductions").get_json()["items"]
    assert [(r["introduction"]["id"], r["introduction"]["status"], r["group"]["id"], r["candidate"]["id"])
            for r in back] == [(intro_id, "contacted", "g1", "g2")]


def test_stats_as_of_a_date(client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **HISTORY)
    now = client.get("/api/stats").get_json()["relationships"]
    then = client.get("/api/stats?as_of=2020-01-01").get_json()
    assert now["MEMBER_OF"] == 4 and now["KNOWS"] == 2
    assert then["as_of"] == "2020-01-01"
    assert then["relationships"]["MEMBER_OF"] == 3 and then["relationships"]["KNOWS"] == 1
    assert then["relationships"]["PARTNER_IN"] == 0


def test_the_whole_map_follows_as_of_and_min_confidence(client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **HISTORY)

    def ties(query=""):
        answer = client.get(f"/api/network{query}").get_json()
        return sorted((e["from"], e["to"], e["age"]) for e in answer["edges"] if e["type"] in ("KNOWS", "MEMBER_OF"))

    # d is private: staff see them as an anonymous node, with an id that means nothing elsewhere
    assert ties("?as_of=2020-01-01") == [("a", "b", None), ("a", "g1", None), ("anon-1", "g3", "new"),
                                         ("b", "g2", None)]
    assert ties("?min_confidence=0.5") == [("a", "b", None), ("a", "c", None), ("a", "g1", None), ("c", "g2", None)]
    assert ("anon-1", "g3", "fading") in ties()  # today, every tie that holds, the old one drawn fading
    page = client.get("/maps/whole?as_of=2020-01-01", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'name="as_of"' in page and 'value="2020"' in page and 'data-edges="4"' in page
    assert "2020年1月1日" in page  # the title's line says which day


EVENT_HISTORY = dict(
    people=[{"id": i, "name": f"区民{i}", "visibility": "public"} for i in "abcde"],
    groups=[{"id": "g1", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"}],
    collaborations=[{"id": "c1", "name": "協働", "status": "active", "started": "2021-06-01"}],
    events=[{"id": "e1", "name": "マッチングイベント", "kind": "matching_event", "date": "2021-01-01"},
            {"id": "e2", "name": "区民活動フェスティバル", "kind": "festival", "date": "2022-01-01"}],
    attendance=[{"person_id": i, "event_id": "e1"} for i in "abc"] + [{"person_id": "d", "event_id": "e2"}],
    memberships=[{"person_id": "a", "group_id": "g1", "since": "2010-01-01"}],
    partners=[{"group_id": "g1", "collaboration_id": "c1", "role": "lead", "since": "2021-06-01"}],
    knows=[{"person_id": "a", "other_id": "b", "since": "2021-03-01"},
           {"person_id": "b", "other_id": "c", "since": "2021-05-01"},
           {"person_id": "a", "other_id": "c", "since": "2020-05-01"},
           {"person_id": "d", "other_id": "e", "since": "2021-02-01"},
           {"person_id": "a", "other_id": "d", "since": "2021-02-01"},
           {"person_id": "b", "other_id": "e", "since": "2018-01-01"}])


def test_impact_of_an_event(client, fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **EVENT_HISTORY)
    answer = client.get("/api/impact?event=e1").get_json()
    impact = answer["event_impact"]
    assert impact["attendees"] == 3
    assert impact["new_ties"] == {"participants_before": 1, "participants_after": 2, "others_before": 0,
                                  "others_after": 1}
    assert impact["new_ties_per_1000_pairs"] == {"participants_before": 333.333, "participants_after": 666.667,
                                                 "others_before": 0.0, "others_after": 1000.0}
    assert impact["partnerships_of_participants_groups"] == {"before": 0, "after": 1}
    assert impact["windows"] == {"before": {"from": "2020-01-02", "to": "2020-12-31"},
                                 "after": {"from": "2021-01-01", "to": "2022-01-01"}}
    assert set(answer["self_running"]) == {"now", "year_ago"}
    assert impact["sentences"] == ["参加者どうしの新しいつながりは、参加しなかった人どうしの約0.7倍でした(1,000組あたり666.7対1000.0)。",
                                   "参加者どうしでは、その前の同じ長さの期間の約2倍です。"]
    assert impact["warning"].startswith("ただし数が少ないため(参加者 3 人、新しいつながり 2 本)")  # too few to mean much
    page = client.get("/impact?event=e1", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<svg" in page and "666.7 (2)" in page and "666.667" not in page and "マッチングイベント" in page
    assert "二人の組 1,000 組あたりに生まれたつながりの数" in page and "1年前" in page and 'id="event-warning"' in page
    running = client.get("/api/summary").get_json()["collaborations_running"]
    assert running == answer["self_running"]["now"]["running_collaborations"]  # one definition, both pages
    assert client.get("/api/impact?event=nope").status_code == 404
    opened = client.get("/api/impact").get_json()  # asked nothing: the event it offers (the latest held), shown
    assert opened["offered"] == "e2" and opened["event_impact"] == client.get("/api/impact?event=e2").get_json()["event_impact"]


def test_an_event_not_held_yet_is_said_so_and_the_page_offers_the_latest_held(client, fresh_graph, tmp_path):
    """The page offered the newest event first, a planned one: its impact read 「参加者 0」 and
    「偶然の差かもしれません」. A planned event is marked so, the latest held one with its
    attendance recorded is offered, a planned one asked for says it has not been held, one
    without attendance says so, and one whose year after has not passed says it is counted
    until today."""
    planned = (clock.today() + timedelta(days=40)).isoformat()
    lately = (clock.today() - timedelta(days=30)).isoformat()
    events = EVENT_HISTORY["events"] + [{"id": "e9", "name": "新春交流会", "kind": "matching_event", "date": planned},
                                        {"id": "e8", "name": "秋の交流会", "kind": "matching_event", "date": lately},
                                        {"id": "e7", "name": "秋の講座", "kind": "course", "date": lately}]
    attendance = EVENT_HISTORY["attendance"] + [{"person_id": "a", "event_id": "e7"}]
    build_graph(fresh_graph, tmp_path, **{**EVENT_HISTORY, "events": events, "attendance": attendance})
    page = client.get("/impact", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<option value="e7" selected>' in page and "、予定)</option>" in page  # held, with its attendance
    page = client.get("/impact?event=e8", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="event-no-attendees"' in page and "偶然" not in page  # nobody recorded: no comparison of zeros
    assert client.get("/api/impact?event=e8").get_json()["event_impact"]["no_attendance"] is True
    page = client.get("/impact?event=e7", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="event-ongoing"' in page  # a year after it has not passed: said so
    answer = client.get("/api/impact?event=e9").get_json()["event_impact"]
    assert answer["not_held"] is True and "new_ties" not in answer
    page = client.get("/impact?event=e9", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="event-not-held"' in page and "まだ開かれていません" in page and "偶然" not in page
    assert client.get("/api/impact?event=e1").get_json()["event_impact"]["not_held"] is False


def test_impact_of_a_period(client, fresh_graph, tmp_path):
    """A period of 181 days is compared with the 181 days before it, among the people who
    attended any event held in it (e1 only: e2 is later)."""
    build_graph(fresh_graph, tmp_path, **EVENT_HISTORY)
    impact = client.get("/api/impact?from=2021-01-01&to=2021-06-30").get_json()["period_impact"]
    assert [e["id"] for e in impact["period"]["events"]] == ["e1"] and impact["attendees"] == 3
    assert impact["windows"] == {"before": {"from": "2020-07-04", "to": "2020-12-31"},
                                 "after": {"from": "2021-01-01", "to": "2021-06-30"}}
    # a–b and b–c begin inside (both attended); d–e too (neither); a–c (2020-05) is too early
    assert impact["new_ties"] == {"participants_before": 0, "participants_after": 2, "others_before": 0,
                                  "others_after": 1}
    assert impact["partnerships_of_participants_groups"] == {"before": 0, "after": 1}
    page = client.get("/impact?from=2021-01-01&to=2021-06-30", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "2021年1月1日" in page and "マッチングイベント" in page and 'id="period-chart"' in page
    nobody = client.get("/impact?from=2023-01-01&to=2023-06-30", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "参加が記録された人はいません" in nobody and "偶然" not in nobody  # no attendance: no warning about chance
    assert client.get("/api/impact?from=2021-07-01&to=2021-01-01").get_json()["error"]["parameter"] == "to"
    assert client.get("/api/impact?from=2021-01-01").get_json()["error"]["parameter"] == "to"
    assert client.get("/api/impact?from=2021-02-30&to=2021-03-01").get_json()["error"]["parameter"] == "from"


def test_self_running_a_year_ago_counts_the_collaborations_of_that_day(client, fresh_graph, tmp_path):
    """c2 began 100 days ago and hangs on x and y (the only tie between its partners); a year
    ago it did not exist, so it is neither running nor fragile then. c1 is older and held
    together by two people who belong to both groups."""
    recent = (clock.today() - timedelta(days=100)).isoformat()
    build_graph(fresh_graph, tmp_path,
                people=[{"id": i, "name": f"区民{i}", "visibility": "public"} for i in ("x", "y", "m", "n")],
                groups=[{"id": "g1", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"},
                        {"id": "g2", "name": "西NPO", "kind": "npo", "sector": "civic"},
                        {"id": "g3", "name": "南の会", "kind": "volunteer_group", "sector": "civic"}],
                collaborations=[{"id": "c1", "name": "古い協働", "status": "active", "started": "2015-01-01"},
                                {"id": "c2", "name": "新しい協働", "status": "active", "started": recent}],
                memberships=[{"person_id": "m", "group_id": g, "since": "2010-01-01"} for g in ("g1", "g3")]
                + [{"person_id": "n", "group_id": g, "since": "2010-01-01"} for g in ("g1", "g3")]
                + [{"person_id": "x", "group_id": "g1", "since": "2010-01-01"},
                   {"person_id": "y", "group_id": "g2", "since": "2010-01-01"}],
                knows=[{"person_id": "x", "other_id": "y", "since": "2010-01-01"}],
                partners=[{"group_id": "g1", "collaboration_id": "c1", "since": "2015-01-01"},
                          {"group_id": "g3", "collaboration_id": "c1", "since": "2015-01-01"},
                          {"group_id": "g1", "collaboration_id": "c2", "since": recent},
                          {"group_id": "g2", "collaboration_id": "c2", "since": recent}])
    measure = client.get("/api/impact").get_json()["self_running"]
    assert measure["now"]["running_collaborations"] == 2 and measure["now"]["fragile_collaborations"] == 1
    assert measure["year_ago"]["running_collaborations"] == 1 and measure["year_ago"]["fragile_collaborations"] == 0
    gaps_then = client.get(f"/api/gaps?as_of={(clock.today() - timedelta(days=365)).isoformat()}").get_json()
    assert gaps_then["fragile_collaborations"]["total"] == 0


def test_self_running_is_stored_by_the_analysis_for_every_process(client, fresh_graph, tmp_path, config, accounts,
                                                                  monkeypatch):
    """Building the network of a year ago took 1.4 s at ward scale on the first visit of
    協働の成果 in every process. The analysis after an import stores the counts (numbers
    only) for the version and the day; another process answers from them, and computes them
    itself only when they are of another day (stored before midnight)."""
    import json
    from conftest import signed_in
    from service import create_app, impact
    build_graph(fresh_graph, tmp_path, **EVENT_HISTORY)
    measure = client.get("/api/impact").get_json()["self_running"]
    stored = fresh_graph.read_one("precompute/stored_answer", id="self_running")
    assert json.loads(stored["answer"]) == measure and stored["graph_version"] == fresh_graph.version()
    computing = impact._self_running
    monkeypatch.setattr(impact, "_self_running", lambda *a: pytest.fail("computed in the request"))
    assert signed_in(create_app(config), accounts["staff"]).get("/api/impact").get_json()["self_running"] == measure
    yesterday = {**measure, "now": {**measure["now"], "day": (clock.today() - timedelta(days=1)).isoformat()}}
    fresh_graph.write("precompute/store_answer", id="self_running", version=stored["graph_version"],
                      answer=json.dumps(yesterday))
    monkeypatch.setattr(impact, "_self_running", computing)
    again = signed_in(create_app(config), accounts["staff"]).get("/api/impact").get_json()["self_running"]
    assert again == measure and again["now"]["day"] == clock.today().isoformat()


def test_every_kind_of_tie_follows_the_day_asked(client, fresh_graph, tmp_path):
    """Attendance counts from its event's day, a collaboration's ties from the day it started;
    a support does not fade (only what one confirms does): as of 2000 nothing of 2025 counts,
    and min_confidence keeps a support of 2016."""
    build_graph(fresh_graph, tmp_path,
                people=[{"id": "x", "name": "上田", "visibility": "public"}],
                groups=[{"id": "d", "name": "協働推進課", "kind": "ward_department", "sector": "public"},
                        {"id": "g", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"}],
                events=[{"id": "e", "name": "フェスティバル", "date": "2025-10-19"}],
                attendance=[{"person_id": "x", "event_id": "e"}],
                collaborations=[{"id": "c", "name": "ケアカフェ", "status": "active", "started": "2020-04-01"}],
                partners=[{"group_id": "g", "collaboration_id": "c", "role": "lead"}],
                supports=[{"department_id": "d", "target_id": "g", "program": "助成", "since": "2016-04-01"}])
    then = client.get("/api/stats?as_of=2000-01-01").get_json()["relationships"]
    assert then["ATTENDED"] == 0 and then["PARTNER_IN"] == 0 and then["SUPPORTS"] == 0
    later = client.get("/api/stats?as_of=2025-10-19").get_json()["relationships"]  # the event's own day counts
    assert later["ATTENDED"] == 1 and later["PARTNER_IN"] == 1 and later["SUPPORTS"] == 1
    sure = client.get("/api/stats?as_of=2026-01-01&min_confidence=0.5").get_json()["relationships"]
    assert sure["SUPPORTS"] == 1 and sure["ATTENDED"] == 1
