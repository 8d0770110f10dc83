"""Across the ward's silos: each department's supports, reach and staff; the same group
supported by departments with no contact; needs of one department's groups that another's
offer; collaborations no department is behind; who to tell when a collaboration starts. The
rules on plain rows, then on a small hand-built network through the HTTP API, the CLI and a
browser at desk and phone size; private staff are never named."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import build_graph
from service import departments
from service.cli import main

HTML = {"Accept": "text/html"}


# ---------------------------------------------------------------------------------------
# The rules, in memory
def _support(department, target, kind="Group", program="助成", areas=(), themes=()):
    return {"department": department, "target": target, "target_type": kind, "program": program,
            "since": "2024-04-01", "areas": list(areas), "themes": list(themes), "partners": []}


def test_departments_apart_are_those_sharing_no_collaboration_meeting_or_contact():
    supports = [_support("d1", "g1"), _support("d2", "g1"), _support("d3", "g1"), _support("d1", "g2")]
    contacts = departments.contact_pairs([
        {"a": "d1", "b": "d2", "collaboration": False, "meeting": False, "contact": False},
        {"a": "d1", "b": "d3", "collaboration": False, "meeting": True, "contact": False},
        {"a": "d2", "b": "d3", "collaboration": False, "meeting": False, "contact": True}])
    shared = departments.shared_targets(supports, contacts)
    assert [item["target"]["ref"] for item in shared] == ["g1"]  # g2 has one department only
    assert [[a["ref"], b["ref"]] for a, b in shared[0]["apart"]] == [["d1", "d2"]] and not shared[0]["known"]
    contacts[("d1", "d2")]["collaboration"] = True
    assert departments.shared_targets(supports, contacts)[0]["known"]


def test_reach_says_the_areas_and_own_themes_no_support_reaches():
    rows = [_support("d1", "g1", areas=["a-east"], themes=["t-kids"]), _support("d1", "c1", "Collaboration",
                                                                              areas=["a-east"], themes=["t-food"])]
    reach = departments.reach(rows, ["t-kids", "t-elderly"], ["a-east", "a-west"], ["t-kids", "t-food", "t-elderly"])
    assert [a["ref"] for a in reach["missed_areas"]] == ["a-west"]
    assert [t["ref"] for t in reach["missed_themes"]] == ["t-elderly"] and reach["own_themes"]
    everything = departments.reach(rows, [], ["a-east"], ["t-kids", "t-food", "t-elderly"])
    assert [t["ref"] for t in everything["missed_themes"]] == ["t-elderly"] and not everything["own_themes"]
    assert departments.programs(rows + [_support("d1", "g9", program=None)])[0] == {"program": "助成", "count": 2}


def test_need_offer_rows_are_said_by_pair_of_departments_most_first():
    row = {"needing": "g1", "capability": "c", "offering": "g2", "themes": ["t"], "areas": []}
    rows = [{**row, "needing_department": "d1", "offering_department": "d2"},
            {**row, "needing": "g3", "needing_department": "d1", "offering_department": "d2"},
            {**row, "needing_department": "d3", "offering_department": "d2"}]
    pairs = departments.department_pairs(rows)
    assert [(p["needing_department"]["ref"], p["offering_department"]["ref"], p["count"]) for p in pairs] == \
        [("d1", "d2", 2), ("d3", "d2", 1)]


# ---------------------------------------------------------------------------------------
# A small ward: three departments, their staff, what they support
WARD = dict(
    areas=[{"id": "a1", "name": "東地域", "level": "地域"}, {"id": "a2", "name": "西地域", "level": "地域"}],
    themes=[{"id": "t-kids", "name": "子育て"}, {"id": "t-food", "name": "食"}, {"id": "t-old", "name": "高齢者"}],
    capabilities=[{"id": "cap-place", "name": "場所"}],
    groups=[{"id": "d1", "name": "子育て課", "kind": "ward_department", "sector": "public"},
            {"id": "d2", "name": "農業課", "kind": "ward_department", "sector": "public"},
            {"id": "d3", "name": "福祉課", "kind": "ward_department", "sector": "public"},
            {"id": "g1", "name": "こども食堂", "kind": "npo", "sector": "civic"},
            {"id": "g2", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"},
            {"id": "g3", "name": "子育てサロン", "kind": "volunteer_group", "sector": "civic"},
            {"id": "g4", "name": "農家の会", "kind": "business", "sector": "business"}],
    group_themes=[{"group_id": "d1", "theme_id": "t-kids"}, {"group_id": "d2", "theme_id": "t-food"},
                  {"group_id": "d3", "theme_id": "t-old"}, {"group_id": "d3", "theme_id": "t-kids"}, {"group_id": "g1", "theme_id": "t-kids"},
                  {"group_id": "g1", "theme_id": "t-food"}, {"group_id": "g3", "theme_id": "t-kids"},
                  {"group_id": "g4", "theme_id": "t-food"}],
    group_areas=[{"group_id": "g1", "area_id": "a1"}, {"group_id": "g2", "area_id": "a1"},
                 {"group_id": "g3", "area_id": "a1"}, {"group_id": "g4", "area_id": "a1"}],
    people=[{"id": "s1", "name": "子育て 太郎", "visibility": "internal"},
            {"id": "s2", "name": "農業 花子", "visibility": "internal"},
            {"id": "s3", "name": "福祉 非公開", "visibility": "private"},
            {"id": "m1", "name": "食堂 会長", "visibility": "public"},
            {"id": "m3", "name": "サロン 代表", "visibility": "public"}],
    memberships=[{"person_id": "s1", "group_id": "d1"}, {"person_id": "s2", "group_id": "d2"},
                 {"person_id": "s3", "group_id": "d3"}, {"person_id": "m1", "group_id": "g1"},
                 {"person_id": "m3", "group_id": "g3"}],
    knows=[{"person_id": "s1", "other_id": "m1", "strength": 2}, {"person_id": "s3", "other_id": "m3", "strength": 3}],
    collaborations=[{"id": "c1", "name": "子育て食堂プロジェクト", "status": "idea"}],
    collaboration_themes=[{"collaboration_id": "c1", "theme_id": "t-kids"}],
    partners=[{"group_id": "g1", "collaboration_id": "c1", "role": "lead"},
              {"group_id": "g3", "collaboration_id": "c1", "role": "partner"}],
    needs=[{"group_id": "g3", "capability_id": "cap-place"}],
    offers=[{"group_id": "g4", "capability_id": "cap-place"}],
    # g1 is supported by 子育て課 and 農業課, whose staff share nothing; g4 by 農業課 only
    supports=[{"department_id": "d1", "target_id": "g1", "program": "助成", "since": "2023-04-01"},
              {"department_id": "d2", "target_id": "g1", "program": "場所", "since": "2024-04-01"},
              {"department_id": "d1", "target_id": "g3", "program": "相談"},
              {"department_id": "d2", "target_id": "g4", "program": "助成"}])


@pytest.fixture()
def ward(fresh_graph, tmp_path):
    build_graph(fresh_graph, tmp_path, **WARD)
    return fresh_graph


def test_a_department_page_says_what_it_supports_and_misses(client, ward):
    listing = client.get("/api/departments").get_json()["departments"]
    assert [(d["department"]["name"], d["groups"]) for d in listing] == [("子育て課", 2), ("福祉課", 0), ("農業課", 2)]
    d1 = client.get("/api/departments/d1").get_json()
    assert [s["target"]["name"] for s in d1["supports"]] == ["こども食堂", "子育てサロン"]
    assert [a["name"] for a in d1["reach"]["missed_areas"]] == ["西地域"]
    assert d1["reach"]["missed_themes"] == []  # its own theme, 子育て, is reached
    assert [(s["person"]["name"], [k["person"]["name"] for k in s["knows"]]) for s in d1["staff"]] == \
        [("子育て 太郎", ["食堂 会長"])]
    assert [(i["target"]["name"], i["known"]) for i in d1["shared"]] == [("こども食堂", False)]
    page = client.get("/departments/d1", headers=HTML).get_data(as_text=True)
    assert "西地域" in page and "接点のない部署があります" in page
    csv = client.get("/departments/d1?format=csv&list=supports")
    assert csv.status_code == 200 and "こども食堂" in csv.get_data(as_text=True)
    assert client.get("/api/departments/g1").status_code == 404  # a group, not a department


def test_a_department_page_names_its_staff_as_the_reader_may_see_them(client, fresh_graph, tmp_path):
    """The page said 「職員 2 人」 and named no one; a private member of staff is counted and
    shown without a name or id, after the named."""
    build_graph(fresh_graph, tmp_path, **{  # a second member of 福祉課, named, beside the private one
        **WARD, "people": WARD["people"] + [{"id": "s4", "name": "福祉 次郎", "kana": "ふくし じろう", "visibility": "internal"}],
        "memberships": WARD["memberships"] + [{"person_id": "s4", "group_id": "d3"}]})
    d1 = client.get("/api/departments/d1").get_json()
    assert d1["staff_count"] == 1 and [p["name"] for p in d1["staff_members"]] == ["子育て 太郎"]
    d3 = client.get("/api/departments/d3").get_data(as_text=True)
    assert "福祉 非公開" not in d3 and '"s3"' not in d3
    page = client.get("/departments/d3", headers=HTML).get_data(as_text=True)
    staff = page.split('id="staff-members">')[1].split("</dd>")[0]
    assert staff.startswith("2 人:") and staff.index("福祉 次郎") < staff.index("(非公開の人)")


def test_overlaps_blind_spots_and_collaborations_no_department_is_behind(client, ward):
    found = client.get("/api/departments/overlaps").get_json()
    assert [(i["target"]["name"], [[a["name"], b["name"]] for a, b in i["apart"]]) for i in found["unaware"]] == \
        [("こども食堂", [["子育て課", "農業課"]])]
    assert [(i["needing"]["name"], i["capability"]["name"], i["offering"]["name"], i["needing_department"]["name"],
             i["offering_department"]["name"]) for i in found["need_offer"]] == \
        [("子育てサロン", "場所", "農家の会", "子育て課", "農業課")]
    assert found["need_offer"][0]["areas"][0]["name"] == "東地域"
    assert [(i["collaboration"]["name"], [d["name"] for d in i["departments"]]) for i in found["unsupported"]] == \
        [("子育て食堂プロジェクト", ["子育て課", "福祉課"])]
    # once the staff of the two departments know each other, they are no longer apart
    ward.driver.execute_query("MATCH (a:Person {id: 's1'}), (b:Person {id: 's2'}) MERGE (a)-[:KNOWS {strength: 1}]->(b)")
    assert client.get("/api/departments/overlaps").get_json()["unaware"] == []
    for which in ("unaware", "need_offer", "unsupported"):
        assert client.get(f"/departments/overlaps?format=csv&list={which}").status_code == 200


def test_who_to_tell_names_the_departments_and_who_knows_a_partner_but_never_a_private_person(
        client, viewer_client, ward, tmp_path):
    data = client.get("/api/collaborations/c1").get_json()["who_to_tell"]
    assert [i["department"]["name"] for i in data["departments"]] == ["子育て課", "農業課", "福祉課"]
    first, _, welfare = data["departments"]
    assert first["known"][0]["staff"]["name"] == "子育て 太郎" and first["known"][0]["known"]["name"] == "食堂 会長"
    assert "子育て課" in data["mail"] and "子育て 太郎さんがこども食堂の食堂 会長さんを知っています" in data["mail"]
    seen = json.dumps(viewer_client.get("/api/collaborations/c1").get_json(), ensure_ascii=False)
    assert "子育て 太郎" not in seen and '"s1"' not in seen  # internal staff: not named to a viewer, nor their id
    assert welfare["known"][0]["staff"]["anonymous"] and welfare["known"][0]["known"]["name"] == "サロン 代表"
    assert "福祉 非公開" not in json.dumps(data, ensure_ascii=False) and '"s3"' not in json.dumps(data)  # private staff
    # the collaboration starts: the coordinator is told whom to tell
    client.post("/data/edit/collaborations", data={"_existing": "1", "id": "c1", "name": "子育て食堂プロジェクト",
                                                   "status": "active"}, headers=HTML)
    page = client.get("/collaborations/c1", headers=HTML).get_data(as_text=True)
    assert "協働が始まりました。知らせる部署: 子育て課" in page and 'id="tell-mail"' in page


def test_the_command_line_twins(neo4j, ward):
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    runner = CliRunner()
    listed = runner.invoke(main, ["departments"], env=env)
    assert listed.exit_code == 0 and "子育て課" in listed.output and "[d1]" in listed.output
    overlaps = json.loads(runner.invoke(main, ["departments", "overlaps", "--json"], env=env).output)
    assert overlaps["unaware"][0]["target"]["name"] == "こども食堂"
    shown = runner.invoke(main, ["departments", "show", "d1"], env=env)
    assert shown.exit_code == 0 and "こども食堂" in shown.output
    told = runner.invoke(main, ["who-to-tell", "c1"], env=env)
    assert told.exit_code == 0 and "子育て課" in told.output


@pytest.mark.parametrize("size", [(1366, 850), (390, 844)], ids=["desk", "phone"])
def test_department_pages_and_map_in_the_browser(size, browser, live_server, output_dir):
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.goto(f"{live_server}/departments")
    assert page.locator("#departments tbody tr").count() >= 12  # the demo ward's departments
    with page.expect_navigation():
        page.click("text=練馬区 子育て支援課")
    assert page.locator("h1").inner_text() == "練馬区 子育て支援課"
    assert page.locator("#supports tbody tr").count() >= 2
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=str(output_dir / f"department-{size[0]}.png"), full_page=True)
    page.click("text=部署の地図")
    page.wait_for_function("() => document.querySelector('[data-nodes]') && +document.querySelector('[data-nodes]').dataset.nodes > 2")
    assert "練馬区 子育て支援課" in page.title()
    page.screenshot(path=str(output_dir / f"department-map-{size[0]}.png"))
    page.goto(f"{live_server}/departments/overlaps")
    assert page.locator("#unaware tbody tr").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=str(output_dir / f"department-overlaps-{size[0]}.png"), full_page=True)
    page.close()
