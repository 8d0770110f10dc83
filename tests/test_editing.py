"""Edit in place: coordinators create, correct and delete rows of the network from its pages,
with the importer's own checks, the audit log and a message afterwards."""
from pathlib import Path

import pytest

from conftest import build_graph, fingerprint

HTML = {"Accept": "text/html"}


def _small(graph, folder):
    build_graph(graph, folder,
                capabilities=[{"id": "cap-basho", "name": "場所"}, {"id": "cap-hito", "name": "人手"}],
                groups=[{"id": "g1", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"},
                        {"id": "g2", "name": "子育てNPO", "kind": "npo", "sector": "civic"}],
                people=[{"id": "p1", "name": "山田 花子", "visibility": "public"},
                        {"id": "p2", "name": "鈴木 一郎", "visibility": "private"},
                        {"id": "p3", "name": "佐藤 三郎", "visibility": "internal"}],
                memberships=[{"person_id": "p1", "group_id": "g1", "role": "会長"}],
                knows=[{"person_id": "p2", "other_id": "p1", "strength": 1},
                       {"person_id": "p3", "other_id": "p1", "strength": 1}])


def test_a_coordinator_registers_and_corrects_a_group_in_japanese(client, fresh_graph, tmp_path):
    _small(fresh_graph, tmp_path)
    form = client.get("/data/edit/groups", headers=HTML).get_data(as_text=True)
    assert "団体を登録" in form and 'name="kind"' in form and "町会・自治会" in form
    before = fresh_graph.version()
    done = client.post("/data/edit/groups", data={"name": "西商店会", "kind": "商店会", "sector": "地縁"}, headers=HTML)
    assert done.status_code == 303 and done.headers["Location"].startswith("/groups/g-")
    new_id = done.headers["Location"].rsplit("/", 1)[1]
    row = fresh_graph.read_one("export/groups", of=new_id)
    assert (row["name"], row["kind"], row["sector"]) == ("西商店会", "shopping_street", "chien")
    assert fresh_graph.version() != before
    page = client.get(done.headers["Location"], headers=HTML).get_data(as_text=True)
    assert "「西商店会」を登録しました。" in page and "団体の情報を編集" in page
    # correcting it: the form shows what is stored, the id is not to be changed
    edit = client.get(f"/data/edit/groups?id={new_id}", headers=HTML).get_data(as_text=True)
    assert 'value="西商店会"' in edit and "readonly" in edit
    client.post("/data/edit/groups", data={"_existing": "1", "id": new_id, "name": "西町商店会",
                                           "kind": "shopping_street", "sector": "chien"}, headers=HTML)
    assert fresh_graph.read_one("export/groups", of=new_id)["name"] == "西町商店会"
    log = fresh_graph.read("audit/list", action="edit", user=None, limit=5)
    assert [e["detail"] for e in log][:2] == ["groups: changed", "groups: added"]


def test_every_problem_is_said_at_once_and_nothing_is_written(client, fresh_graph, tmp_path):
    _small(fresh_graph, tmp_path)
    before = fingerprint(fresh_graph)
    bad = client.post("/data/edit/groups", data={"name": "", "kind": "町会", "sector": "地緑"}, headers=HTML)
    page = bad.get_data(as_text=True)
    assert bad.status_code == 422 and "保存していません" in page
    assert "必須の値が空です" in page and "「地縁」のことでしょうか" in page
    assert 'href="#f-name"' in page and 'href="#f-sector"' in page
    assert fingerprint(fresh_graph) == before
    api = client.post("/api/data/knows/row", json={"person_id": "p1", "other_id": "nobody", "strength": "9"})
    body = api.get_json()
    assert api.status_code == 422 and body["error"]["code"] == "invalid_row"
    assert {p["column"] for p in body["problems"]} == {"other_id", "strength"}
    assert fingerprint(fresh_graph) == before


def test_ties_from_the_pages_of_people_and_groups(client, fresh_graph, tmp_path):
    _small(fresh_graph, tmp_path)
    person = client.get("/people/p1", headers=HTML).get_data(as_text=True)
    assert "/data/edit/memberships?person_id=p1" in person and "/data/edit/knows?person_id=p1" in person
    # 「所属を追加」 opens a new row, not the person's first membership
    blank = client.get("/data/edit/memberships?person_id=p1", headers=HTML).get_data(as_text=True)
    assert "所属を登録" in blank and "所属を編集" not in blank and 'id="delete-row"' not in blank
    # a person typed by name where an id is asked
    by_name = client.post("/data/edit/memberships", data={"person_id": "佐藤 三郎", "group_id": "子育てNPO", "role": "会員"},
                          headers=HTML)
    assert by_name.status_code == 303
    assert [r["group_id"] for r in fresh_graph.read("export/memberships", of="p3")] == ["g2"]
    # a membership, the group chosen from the list
    added = client.post("/data/edit/memberships", data={"person_id": "p1", "group_id": "g2", "role": "ボランティア",
                                                        "since": "2024-04-01"}, headers=HTML)
    assert added.status_code == 303 and added.headers["Location"] == "/people/p1"
    assert "「山田 花子 / 子育てNPO」を登録しました。" in client.get("/people/p1", headers=HTML).get_data(as_text=True)
    # a need, the capability written by its name
    assert client.post("/api/data/needs/row", json={"group_id": "g2", "capability_id": "場所", "priority": "1"}).status_code == 201
    assert fresh_graph.read("export/needs", of="g2")[0]["capability_id"] == "cap-basho"
    # the acquaintance stored as p3 → p1, edited from p1's side: the same tie, no second one
    form = client.get("/data/edit/knows?person_id=p1&other_id=p3", headers=HTML).get_data(as_text=True)
    assert "知り合いを編集" in form
    client.post("/data/edit/knows", data={"_existing": "1", "person_id": "p1", "other_id": "p3", "strength": "3"},
                headers=HTML)
    ties = fresh_graph.driver.execute_query("MATCH (:Person {id: 'p1'})-[k:KNOWS]-(:Person {id: 'p3'}) "
                                            "RETURN k.strength AS s, k.source AS source")[0]
    assert [r["s"] for r in ties] == [3] and ties[0]["source"].startswith("edit test-staff")
    # deleting a tie: asked first, then gone, and said
    confirm = client.get("/data/delete/memberships?person_id=p1&group_id=g2", headers=HTML).get_data(as_text=True)
    goes = confirm.split('id="what-goes"')[1].split("</ul>")[0]
    assert "山田 花子 / 子育てNPO" in goes and "g2" not in goes  # said by name, not by id
    gone = client.post("/data/delete/memberships", data={"person_id": "p1", "group_id": "g2"}, headers=HTML)
    assert gone.status_code == 303 and gone.headers["Location"] == "/people/p1"
    assert fresh_graph.read("export/memberships", of="p1") and all(
        r["group_id"] != "g2" for r in fresh_graph.read("export/memberships", of="p1"))
    assert "を削除しました" in client.get("/people/p1", headers=HTML).get_data(as_text=True)


def test_only_an_admin_sets_a_name_visibility_or_deletes_a_group(client, admin_client, app, fresh_graph, tmp_path):
    _small(fresh_graph, tmp_path)
    form = client.get("/data/edit/people?id=p3", headers=HTML).get_data(as_text=True)
    assert 'type="hidden" name="visibility"' in form
    client.post("/data/edit/people", data={"_existing": "1", "id": "p3", "name": "佐藤 三郎", "visibility": "public"},
                headers=HTML)
    assert fresh_graph.read_one("export/people", of="p3")["visibility"] == "internal"  # kept
    # a private person is not there for staff: neither shown nor changed
    assert client.get("/data/edit/people?id=p2", headers=HTML).status_code == 404
    assert client.post("/api/data/people/row", json={"id": "p2", "name": "別名"}).status_code == 404
    assert fresh_graph.read_one("export/people", of="p2")["name"] == "鈴木 一郎"
    assert client.get("/data/edit/knows?person_id=p2&other_id=p1", headers=HTML).status_code == 404  # nor their ties
    assert client.get("/api/data/knows/row?person_id=p2&other_id=p1").status_code == 404
    tie = admin_client.get("/data/edit/knows?person_id=p2&other_id=p1", headers=HTML).get_data(as_text=True)
    assert "鈴木 一郎" in tie and "山田 花子" in tie  # the ids of a row are said by name
    assert 'name="visibility"' in admin_client.get("/data/edit/people?id=p2", headers=HTML).get_data(as_text=True)
    assert admin_client.get("/data/delete/people?id=p2", headers=HTML).status_code == 400  # the person page's own way
    assert client.get("/data/delete/groups?id=g1", headers=HTML).status_code == 403
    confirm = admin_client.get("/data/delete/groups?id=g1", headers=HTML).get_data(as_text=True)
    assert "「東町会」を削除しますか" in confirm and "所属: 1 件" in confirm
    gone = admin_client.post("/data/delete/groups", data={"id": "g1"}, headers=HTML)
    assert gone.status_code == 303 and fresh_graph.read("export/groups", of="g1") == []
    home = admin_client.get("/", headers=HTML).get_data(as_text=True)
    assert "「東町会」を削除しました。" in home and "tsunagu restore" in home
    assert list((Path(app.config["TSUNAGU_HOME"]) / "backups").glob("before-delete-*.zip"))
    assert [e["action"] for e in fresh_graph.read("audit/list", action="delete", user=None, limit=1)] == ["delete"]


def test_an_event_made_here_gets_its_sign_in_sheet_at_once(client, fresh_graph, tmp_path):
    _small(fresh_graph, tmp_path)
    made = client.post("/data/edit/events", data={"name": "マッチング交流会", "date": "令和8年12月20日",
                                                   "kind": "matching_event"}, headers=HTML)
    event = made.headers["Location"]
    page = client.get(event, headers=HTML).get_data(as_text=True)
    assert "「マッチング交流会」を登録しました。" in page and "このイベントの受付表を作る" in page
    assert fresh_graph.read_one("export/events", of=event.rsplit("/", 1)[1])["date"] == "2026-12-20"
    sheet = client.post("/api/sign-in-sheets", json={"event": event.rsplit("/", 1)[1]})
    assert sheet.status_code == 201


def test_viewers_cannot_edit(viewer_client, demo):
    assert viewer_client.get("/data/edit/groups", headers=HTML).status_code == 403
    assert viewer_client.post("/api/data/groups/row", json={"name": "x"}).status_code == 403
    assert "団体の情報を編集" not in viewer_client.get("/groups/g-shakyo", headers=HTML).get_data(as_text=True)


@pytest.mark.parametrize("size", [(1366, 850), (390, 844)], ids=["desk", "phone"])
def test_editing_and_deleting_in_the_browser(size, chromium, accounts, live_server, fresh_graph, tmp_path, output_dir):
    """A coordinator corrects a group, adds a membership with a person found by kana, and
    deletes it after being asked; an admin deletes a group after seeing what goes with it."""
    from conftest import SignedInBrowser
    _small(fresh_graph, tmp_path)
    staff = SignedInBrowser(chromium, accounts["staff"]).new_page(viewport={"width": size[0], "height": size[1]})
    staff.goto(f"{live_server}/groups/g1")
    staff.click("text=団体の情報を編集")
    assert staff.input_value("#f-id") == "g1" and staff.get_attribute("#f-id", "readonly") is not None
    staff.select_option("#f-sector", label="区民活動")  # the site's words in the list
    staff.fill("#f-name", "東町会(改)")
    assert staff.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    staff.screenshot(path=str(output_dir / f"edit-group-{size[0]}.png"), full_page=True)
    staff.click("#save-row")
    assert "「東町会(改)」を保存しました。" in staff.locator(".notice.done").inner_text()
    staff.goto(f"{live_server}/data/edit/memberships?group_id=g1")
    staff.locator("#f-person_id").press_sequentially("佐藤", delay=30)  # a person by name
    staff.wait_for_selector("#l-person_id option", state="attached")
    staff.fill("#f-person_id", staff.locator("#l-person_id option").first.get_attribute("value"))
    staff.fill("#f-role", "会計")
    staff.click("#save-row")
    assert "登録しました" in staff.locator(".notice.done").inner_text()
    staff.goto(f"{live_server}/data/edit/memberships?person_id=p3&group_id=g1")
    assert "佐藤 三郎" in staff.locator(".shows").first.inner_text()  # ids said by name
    staff.click("#delete-row")
    assert "削除されるもの" in staff.locator("main").inner_text() and "佐藤 三郎" in staff.locator("#what-goes").inner_text()
    staff.screenshot(path=str(output_dir / f"delete-tie-{size[0]}.png"), full_page=True)
    staff.click("#confirm-delete")
    assert "を削除しました" in staff.locator(".notice.done").inner_text()
    assert all(r["group_id"] != "g1" for r in fresh_graph.read("export/memberships", of="p3"))
    admin = SignedInBrowser(chromium, accounts["admin"]).new_page(viewport={"width": size[0], "height": size[1]})
    admin.goto(f"{live_server}/data/edit/groups?id=g1")
    admin.click("#delete-row")
    assert "所属: 1 件" in admin.locator("#what-goes").inner_text()
    admin.click("#confirm-delete")
    assert "tsunagu restore" in admin.locator(".notice.done").inner_text()
    assert fresh_graph.read("export/groups", of="g1") == []
    staff.close()
    admin.close()
