"""The audit log, deleting a person everywhere, and backup/restore as a round trip."""
import json
import re
from pathlib import Path
import zipfile

from click.testing import CliRunner

from conftest import build_graph, fingerprint
from service import audit
from service.auth.users import Users
from service.cli import main

SMALL = dict(
    people=[{"id": "p1", "name": "青木 一郎", "visibility": "public"},
            {"id": "p2", "name": "井上 二郎", "visibility": "internal"},
            {"id": "p3", "name": "上田 三郎", "visibility": "public"}],
    groups=[{"id": "g1", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"},
            {"id": "g2", "name": "西NPO", "kind": "npo", "sector": "civic"}],
    memberships=[{"person_id": "p1", "group_id": "g1"}, {"person_id": "p2", "group_id": "g1"},
                 {"person_id": "p2", "group_id": "g2"}, {"person_id": "p3", "group_id": "g2"}],
    knows=[{"person_id": "p1", "other_id": "p2"}, {"person_id": "p2", "other_id": "p3"}],
)


def _env(neo4j):
    return {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}


def test_views_exports_and_downloads_are_audited(client, admin_client, demo, neo4j):
    client.get("/api/people/p-002")
    client.get("/gaps?format=csv&list=isolated")
    admin_client.get("/api/export")
    entries = admin_client.get("/api/admin/audit?limit=10").get_json()["entries"]
    actions = [(e["action"], e["user"], e["target"]) for e in entries]
    assert ("view_person", "test-staff", "p-002") in actions
    assert ("export", "test-admin", None) in actions
    assert any(a == "download" and u == "test-staff" for a, u, _ in actions)
    only = admin_client.get("/api/admin/audit?action=view_person&user=test-staff").get_json()["entries"]
    assert only and {e["action"] for e in only} == {"view_person"}
    csv_text = admin_client.get("/admin/audit?format=csv").get_data().decode("utf-8-sig")
    assert csv_text.startswith("日時,ユーザー,操作,対象,詳細,接続元") and "view_person" in csv_text
    printed = CliRunner().invoke(main, ["audit", "--action", "export", "--format", "json"],
                                 env=_env(neo4j))
    assert json.loads(printed.output)[0]["action"] == "export"


def test_the_log_names_every_action_in_words_and_can_be_filtered_by_each(admin_client, demo):
    """The log showed codes (view_person, introduction_status) and its filter missed actions the
    app records (introduction_note): every action recorded anywhere has its words and its filter."""
    recorded = set()
    for source in Path("service").rglob("*.py"):
        recorded |= set(re.findall(r'audit\.record\([^,]+, "([a-z_]+)"', source.read_text(encoding="utf-8")))
    assert len(recorded) > 20 and recorded <= set(audit.ACTIONS), recorded - set(audit.ACTIONS)
    admin_client.get("/api/people/p-002")
    page = admin_client.get("/admin/audit", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert ">人のページを見た</td>" in page and '<option value="introduction_note">紹介の経過のメモ</option>' in page
    assert "view_person</td>" not in page


def test_deleting_a_person_removes_them_everywhere(admin_client, client, fresh_graph, tmp_path, driver):
    build_graph(fresh_graph, tmp_path, **SMALL)
    assert client.get("/api/people/p2").status_code == 200  # audited: view_person p2
    before = client.get("/api/bridging").get_json()["items"]
    assert before[0]["id"] == "p2"  # the only bridge between the two groups
    answer = admin_client.delete("/api/people/p2").get_json()
    assert answer["deleted"] == 1 and answer["audit_entries_forgotten"] >= 1
    assert client.get("/api/people/p2").status_code == 404
    records, _, _ = driver.execute_query(
        "MATCH (n) WHERE n.id = 'p2' OR n.target = 'p2' OR n.bridging_detail CONTAINS 'p2' "
        "OR n.detail CONTAINS '井上' RETURN count(n) AS left")
    assert records[0]["left"] == 0
    ties, _, _ = driver.execute_query("MATCH ()-[r:KNOWS]-() RETURN count(r) AS n")
    assert ties[0]["n"] == 0
    after = {p["id"]: p for p in client.get("/api/bridging").get_json()["items"]}
    assert after == {}  # nobody is left between the two groups
    entries = admin_client.get("/api/admin/audit?action=delete_person").get_json()["entries"]
    assert entries[0]["user"] == "test-admin" and entries[0]["target"] is None
    assert admin_client.delete("/api/people/p2").status_code == 404


def test_backup_and_restore_round_trip(fresh_graph, tmp_path, neo4j, driver, app, graph):
    build_graph(fresh_graph, tmp_path / "data", **SMALL)
    users = Users(graph)
    users.add("backup-keeper", "staff", "kept password 123")
    token = users.create_token("backup-keeper")
    env = _env(neo4j)
    runner = CliRunner()
    saved = tmp_path / "tsunagu-backup.zip"
    result = runner.invoke(main, ["backup", str(saved)], env=env)
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(saved) as archive:
        names = set(archive.namelist())
        assert {"manifest.json", "access.json", "data/people.csv", "data/knows.csv"} <= names
        assert token not in archive.read("access.json").decode()
    network = fingerprint(driver)

    driver.execute_query("MATCH (p:Person {id: 'p3'}) DETACH DELETE p")
    users.add("after-backup", "viewer", "another password")
    users.set_password("backup-keeper", "changed password 456")
    result = runner.invoke(main, ["restore", str(saved), "--yes"], env=env)
    assert result.exit_code == 0, result.output
    assert fingerprint(driver) == network
    assert users.find("after-backup") is None
    assert users.check_credentials("backup-keeper", "kept password 123")
    assert users.find("test-staff") is not None  # the test users were in the backup too
    client = app.test_client()
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).get_json()["name"] == "backup-keeper"


def test_a_bad_backup_changes_nothing(fresh_graph, tmp_path, neo4j, driver, graph):
    build_graph(fresh_graph, tmp_path / "data", **SMALL)
    network = fingerprint(driver)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "tsunagu-backup", "version": 1}))
        archive.writestr("access.json", json.dumps({"User": []}))
        archive.writestr("data/people.csv", "id,name,visibility\nq1,,public\n")
    result = CliRunner().invoke(main, ["restore", str(bad), "--yes"], env=_env(neo4j))
    assert result.exit_code == 1 and "nothing restored" in result.output and "people.csv" in result.output
    assert fingerprint(driver) == network
    assert Users(graph).find("test-admin") is not None
    not_zip = tmp_path / "not.zip"
    not_zip.write_text("hello")
    assert "not a Tsunagu backup" in CliRunner().invoke(main, ["restore", str(not_zip), "--yes"],
                                                       env=_env(neo4j)).output


def test_deleting_on_the_page_asks_for_the_name_backs_up_and_says_what_was_done(admin_client, app, fresh_graph,
                                                                                 tmp_path):
    from conftest import build_graph
    build_graph(fresh_graph, tmp_path / "files", people=[{"id": "p1", "name": "山田 花子", "visibility": "public"},
                                                         {"id": "p2", "name": "区民二", "visibility": "public"}],
                groups=[{"id": "g1", "name": "東町会", "kind": "neighborhood_association", "sector": "chien"}],
                memberships=[{"person_id": "p1", "group_id": "g1"}],
                knows=[{"person_id": "p1", "other_id": "p2", "strength": "2"}])
    html = {"Accept": "text/html"}
    person = admin_client.get("/people/p1", headers=html).get_data(as_text=True)
    assert 'href="/people/p1/delete"' in person and 'action="/people/p1/delete"' not in person  # no one-click delete
    confirm = admin_client.get("/people/p1/delete", headers=html).get_data(as_text=True)
    assert "「山田 花子」さんを削除しますか" in confirm and "所属: 1 件" in confirm and "知り合い: 1 件" in confirm
    wrong = admin_client.post("/people/p1/delete", data={"confirm_name": "山田"}, headers=html)
    assert wrong.status_code == 400 and "名前が一致しません" in wrong.get_data(as_text=True)
    assert fresh_graph.read_one("admin/person_name", id="p1")  # still there
    done = admin_client.post("/people/p1/delete", data={"confirm_name": "山田花子"}, headers=html)  # spaces aside
    assert done.status_code == 303 and done.headers["Location"].endswith("/")
    assert fresh_graph.read_one("admin/person_name", id="p1") is None
    home = admin_client.get("/", headers=html).get_data(as_text=True)
    assert "「山田 花子」さんと、そのつながり 2 件を削除しました" in home and "tsunagu restore" in home
    backups = list((Path(app.config["TSUNAGU_HOME"]) / "backups").glob("before-delete-*.zip"))
    assert backups and oct(backups[-1].stat().st_mode & 0o777) == "0o600"
    assert "削除しました" not in admin_client.get("/", headers=html).get_data(as_text=True)  # said once
