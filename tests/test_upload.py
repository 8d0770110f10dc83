"""The upload page as a coordinator uses it: choose a file, see every problem at once (or what
would change), import, follow the progress, see what changed; nothing written when anything
is wrong. In a real browser at desk and phone size, and through the JSON twins."""
from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

from conftest import SignedInBrowser, fingerprint, write_tables

BAD = dict(
    people=[{"id": "p1", "name": "区民一", "visibility": "公開"}, {"id": "p2", "name": "区民二", "visibility": "ひみつ"}],
    groups=[{"id": "g1", "name": "東町会", "kind": "町会・自治会", "sector": "地緑"}],
    memberships=[{"person_id": "p2", "group_id": "g1"}, {"person_id": "p1", "group_id": "g9", "since": "2024-13-45"}])
GOOD = dict(
    areas=[{"id": "a-h", "name": "光が丘地域", "level": "地域"}],
    people=[{"id": "p1", "name": "区民一", "visibility": "公開"}, {"id": "p2", "name": "区民二", "visibility": "非公開"}],
    groups=[{"id": "g1", "name": "東町会", "kind": "町会・自治会", "sector": "地縁"}],
    memberships=[{"person_id": "p1", "group_id": "g1", "since": "令和6年4月1日"}],
    group_areas=[{"group_id": "g1", "area_id": "光が丘"}])


def _zip(tmp_path, name, tables) -> bytes:
    folder = write_tables(tmp_path / name, **tables)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(folder.glob("*.csv")):
            archive.write(path, path.name)
    (tmp_path / f"{name}.zip").write_bytes(buffer.getvalue())
    return buffer.getvalue()


def test_upload_preview_import_and_progress_in_the_browser(chromium, accounts, live_server, fresh_graph, tmp_path,
                                                           output_dir):
    _zip(tmp_path, "bad", BAD)
    _zip(tmp_path, "good", GOOD)
    browser = SignedInBrowser(chromium, accounts["admin"])
    page = browser.new_page(viewport={"width": 1366, "height": 850})
    problems = []
    page.on("pageerror", lambda err: problems.append(str(err)))
    page.goto(live_server + "/data/import")
    page.screenshot(path=str(output_dir / "upload-form.png"), full_page=True)
    before = fingerprint(fresh_graph)
    page.set_input_files("#upload-file", str(tmp_path / "bad.zip"))
    page.click("#upload-check")
    page.wait_for_selector("#problems")
    rows = page.locator("#problems tbody tr")
    assert rows.count() == 4  # three rows wrong in different columns, one of them twice; no knock-on error
    text = page.locator("#problems").inner_text()
    assert "「地縁」のことでしょうか" in text and "ひみつ" in text and "2024-13-45" in text and "「g1」" in text
    assert "D列 分野" in text  # the column as Excel shows it (groups: id, name, kind, sector)
    assert fingerprint(fresh_graph) == before
    page.screenshot(path=str(output_dir / "upload-problems.png"), full_page=True)

    page.goto(live_server + "/data/import")
    page.set_input_files("#upload-file", str(tmp_path / "good.zip"))
    page.click("#upload-check")
    page.wait_for_selector("#changes")
    added = page.locator("#changes tr[data-stem=people] td").nth(1).text_content()
    assert added.strip() == "2"
    examples = page.locator("details.examples").all_inner_texts()
    membership = next(text for text in examples if text.startswith("所属"))
    assert "区民一\t東町会" in membership and "いつから" in membership  # by name, under Japanese titles
    assert fingerprint(fresh_graph) == before  # the preview writes nothing
    page.screenshot(path=str(output_dir / "upload-preview.png"), full_page=True)
    page.click("#import-run")
    page.wait_for_selector("#import-status[data-state=done]", timeout=60000)
    assert "取り込みました" in page.locator("#import-status h2").text_content()
    assert page.locator("#import-added a", has_text="東町会").get_attribute("href") == "/groups/g1"  # on to what came in
    page.screenshot(path=str(output_dir / "upload-done.png"), full_page=True)
    groups = {r["id"]: r["sector"] for r in fresh_graph.read("export/groups", of=None)}
    assert groups == {"g1": "chien"}
    assert [(r["group_id"], r["area_id"]) for r in fresh_graph.read("export/group_areas", of=None)] == [("g1", "a-h")]
    assert problems == []
    page.close()

    phone = browser.new_page(viewport={"width": 390, "height": 844})
    phone.goto(live_server + "/data/import")
    assert phone.locator("#upload-file").is_visible()
    assert phone.evaluate("document.scrollingElement.scrollWidth") <= 390
    phone.screenshot(path=str(output_dir / "upload-phone.png"), full_page=True)
    phone.close()



def test_the_page_says_when_every_row_is_sent_and_the_database_is_saving(app, chromium, accounts, live_server,
                                                                         output_dir):
    """At ward scale Neo4j saves for 10-30 s after the last row is counted (pruning, then the
    commit). The import's status file is how the worker tells the page (service/uploads.py);
    here it is written by hand, as a long import would leave it: the bar stops counting and
    moves on its own, the text says why, and the page shows the summary when it is done."""
    import json
    from service import uploads
    place = uploads.folder(app.config) / "saving-for-a-while-0000000000"
    place.mkdir(exist_ok=True)
    status = {"state": "saving", "filename": "ward.xlsx", "done": 451_863, "total": 451_863}
    (place / "status.json").write_text(json.dumps(status), encoding="utf-8")
    browser = SignedInBrowser(chromium, accounts["admin"])
    problems = []
    for width, height in ((1366, 850), (390, 844)):
        page = browser.new_page(viewport={"width": width, "height": height})
        page.on("pageerror", lambda err: problems.append(str(err)))
        page.goto(f"{live_server}/data/import/{place.name}")
        assert "保存を確定しています" in page.locator("#import-count").inner_text()
        assert page.locator("#import-progress").get_attribute("value") is None  # indeterminate: no count to show
        page.wait_for_timeout(1000)  # a poll or two: still saving, still said
        assert "保存を確定しています" in page.locator("#import-count").inner_text()
        page.screenshot(path=str(output_dir / f"upload-saving-{width}.png"), full_page=True)
        page.close()
    done = {**status, "state": "done", "report": {"ok": True, "rows": 451_863, "written": {"people": 50_000},
                                                  "pruned": {}, "problems": []}}
    page = browser.new_page(viewport={"width": 1366, "height": 850})
    page.goto(f"{live_server}/data/import/{place.name}")
    (place / "status.json").write_text(json.dumps(done), encoding="utf-8")
    page.wait_for_selector("#import-status[data-state=done]", timeout=10000)  # the page reloads itself
    assert "451,863 行を書き込みました" in page.locator("#import-status").inner_text()
    assert problems == []
    page.close()

def test_json_twins_and_who_may_import(app, admin_client, client, fresh_graph, tmp_path):
    staff_client, client = client, admin_client
    data = _zip(tmp_path, "good", GOOD)
    refused = client.post("/api/data/import", data={"file": (io.BytesIO(_zip(tmp_path, "bad", BAD)), "bad.zip")},
                          content_type="multipart/form-data")
    assert refused.status_code == 422 and refused.get_json()["token"] is None
    assert len(refused.get_json()["problems"]) == 4
    checked = client.post("/api/data/import", data={"file": (io.BytesIO(data), "good.zip")},
                          content_type="multipart/form-data")
    body = checked.get_json()
    assert checked.status_code == 200 and body["changes"]["people"]["added"] == 2 and body["token"]
    started = client.post(f"/data/import/{body['token']}", headers={"Accept": "application/json"})
    assert started.status_code == 202
    for _ in range(100):
        status = client.get(f"/api/data/import/{body['token']}").get_json()
        if status["state"] not in ("staged", "writing", "saving"):
            break
        time.sleep(0.2)
    assert status["state"] == "done" and status["report"]["written"]["people"] == 2
    again = client.post(f"/data/import/{body['token']}", headers={"Accept": "application/json"})
    assert again.status_code == 409  # a double click imports once
    assert client.get("/api/data/import/not-a-token-at-all-0000").status_code == 404

    refused = staff_client.get("/data/import", headers={"Accept": "text/html"})
    assert refused.status_code == 403  # and says who may, and whom to ask
    assert "必要な役割: 管理者" in refused.get_data(as_text=True) and "管理者に頼んでください" in refused.get_data(as_text=True)
    assert "管理者に伝えるときの記号: 403 forbidden" in refused.get_data(as_text=True)  # the code, said what for
    error = staff_client.get("/data/import", headers={"Accept": "application/json"}).get_json()["error"]
    assert error["code"] == "forbidden" and "the role of Administrator" in error["message_en"]  # named, not a code
    app.config["STAFF_IMPORT"] = "true"
    try:
        assert staff_client.get("/data/import").status_code == 200
    finally:
        app.config["STAFF_IMPORT"] = "false"


def test_uploading_the_export_again_changes_nothing(admin_client, demo, tmp_path):
    export = admin_client.get("/api/export")
    assert export.status_code == 200
    with zipfile.ZipFile(io.BytesIO(export.data)) as archive:
        csvs = io.BytesIO()
        with zipfile.ZipFile(csvs, "w") as again:
            for name in archive.namelist():
                if name.endswith(".csv"):
                    again.writestr(name, archive.read(name))
    checked = admin_client.post("/api/data/import", data={"file": (io.BytesIO(csvs.getvalue()), "export.zip")},
                                content_type="multipart/form-data").get_json()
    assert checked["ok"], checked["problems"][:3]
    changed = {stem: t for stem, t in checked["changes"].items() if t["added"] or t["changed"]}
    assert changed == {}
    with zipfile.ZipFile(io.BytesIO(export.data)) as archive:  # its workbook, in the site's words, through the page
        workbook = archive.read("tsunagu.xlsx")
    page = admin_client.post("/data/import", data={"file": (io.BytesIO(workbook), "tsunagu.xlsx")},
                             content_type="multipart/form-data", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'id="nothing-changes"' in page and "追加・変更・削除される行はありません" in page


def test_the_template_helps_in_excel_and_imports_what_is_written_in_its_words(admin_client, demo):
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    from service.template import FILES
    got = admin_client.get("/data/template.xlsx")
    assert got.status_code == 200 and got.headers["Content-Disposition"].endswith("tsunagu-template.xlsx")
    book = load_workbook(io.BytesIO(got.data))
    assert book.sheetnames[0] == "使い方" and "記入例" in " ".join(str(r[0]) for r in book["使い方"].values)
    choices = book["選択肢"]
    assert choices.sheet_state == "hidden"
    listed = {str(choices.cell(1, c).value): [choices.cell(r, c).value for r in range(2, choices.max_row + 1)]
              for c in range(1, choices.max_column + 1)}
    assert "光が丘地域" in listed["地域・地区・町丁"] and "人手" in listed["課題・強み"]  # the network's own names, titled as their sheets
    assert "公開しない" in listed["人・公開範囲"]  # a column's words, titled by its sheet and header
    for spec in FILES:
        sheet = book[spec.title]
        assert all(cell.comment and cell.comment.text for cell in sheet[1]), spec.stem  # what goes there
        validated = {str(v.sqref).split(":")[0].rstrip("0123456789"): v for v in sheet.data_validations.dataValidation}
        for index, column in enumerate(spec.columns, start=1):
            if column.choices or column.references in ("Area", "Theme", "Capability"):
                assert get_column_letter(index) in validated, (spec.stem, column.name)  # a drop-down list
    groups = book["団体"]
    assert [c.value for c in groups[1]][:5] == ["ID", "名前", "ふりがな", "種別", "分野"]
    assert "地縁" in groups["E1"].comment.text and "必須" in groups["E1"].comment.text
    kinds = next(v for v in groups.data_validations.dataValidation if str(v.sqref).startswith("D"))
    assert "町会・自治会" in listed[choices.cell(1, _index(kinds.formula1)).value]  # the labels the site shows
    assert str(groups["A2"].value).startswith("(例)")
    # filled in as a coordinator would: the site's words, an area by its name; the examples stay
    groups.append(["g-new", "新しい子ども食堂", "", "ボランティア団体", "区民活動", "いいえ"])
    book["団体の活動地域"].append(["g-new", "光が丘地域"])
    filled = io.BytesIO()
    book.save(filled)
    checked = admin_client.post("/api/data/import", data={"file": (io.BytesIO(filled.getvalue()), "tsunagu-template.xlsx")},
                                content_type="multipart/form-data").get_json()
    assert checked["ok"], checked["problems"]
    assert checked["changes"]["groups"]["added"] == 1 and checked["changes"]["group_areas"]["added"] == 1
    assert checked["changes"]["memberships"]["added"] == 0  # the example rows are not data
    book["所属"].append(["p-001", "ない団体"])  # a problem in a sheet named in Japanese: said as the sheet shows it
    wrong = io.BytesIO()
    book.save(wrong)
    page = admin_client.post("/data/import", data={"file": (io.BytesIO(wrong.getvalue()), "tsunagu-template.xlsx")},
                             content_type="multipart/form-data", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "所属 シート" in page and "列 団体(IDか名前)" in page and "団体 にある ID か名前" in page
    book.create_sheet("memberships").append(["person_id", "group_id"])  # the same sheet under its other name
    twice = io.BytesIO()
    book.save(twice)
    refused = admin_client.post("/api/data/import", data={"file": (io.BytesIO(twice.getvalue()), "twice.xlsx")},
                                content_type="multipart/form-data").get_json()
    assert [p["code"] for p in refused["problems"]] == ["duplicate_sheet"]  # neither read, said


def _index(formula: str) -> int:
    from openpyxl.utils import column_index_from_string
    return column_index_from_string(formula.split("$")[1])


def test_the_import_writes_what_the_preview_checked_unless_the_network_changed(admin_client, fresh_graph, tmp_path,
                                                                               monkeypatch):
    from service import uploads
    read_again = []
    original = uploads.import_path
    monkeypatch.setattr(uploads, "import_path", lambda *a, **k: read_again.append(1) or original(*a, **k))

    def preview_then_import(name, change_between=False):
        data = _zip(tmp_path, name, GOOD)
        token = admin_client.post("/api/data/import", data={"file": (io.BytesIO(data), f"{name}.zip")},
                                  content_type="multipart/form-data").get_json()["token"]
        if change_between:
            fresh_graph.driver.execute_query("CREATE (:Group {id: 'g-new', name: '別の会', kind: 'npo', sector: 'civic'})")
            fresh_graph.write("import/bump_version")
        assert admin_client.post(f"/data/import/{token}", headers={"Accept": "application/json"}).status_code == 202
        for _ in range(100):
            status = admin_client.get(f"/api/data/import/{token}").get_json()
            if status["state"] not in ("staged", "writing", "saving"):
                return status
            time.sleep(0.1)

    assert preview_then_import("first")["state"] == "done" and read_again == []  # checked once, in the preview
    assert preview_then_import("second", change_between=True)["state"] == "done" and read_again == [1]


def test_deleting_what_the_file_lacks_is_counted_confirmed_and_backed_up(app, admin_client, chromium, accounts,
                                                                         live_server, fresh_graph, tmp_path, output_dir):
    """A coordinator ticked 「ファイルにないものを削除する」 with a two-row file: the preview said
    「問題はありません」 and one plain 取り込む away were 190 people and 56 groups deleted. The
    preview now says how many go and whether it is most of the network, the import asks for a
    tick to confirm (the browser and the server both), and keeps a backup before it deletes."""
    client = admin_client
    first = client.post("/api/data/import", data={"file": (io.BytesIO(_zip(tmp_path, "good", GOOD)), "good.zip")},
                        content_type="multipart/form-data").get_json()
    assert client.post(f"/data/import/{first['token']}", headers={"Accept": "application/json"}).status_code == 202
    for _ in range(100):
        if client.get(f"/api/data/import/{first['token']}").get_json()["state"] == "done":
            break
        time.sleep(0.2)
    smaller = _zip(tmp_path, "smaller", dict(people=GOOD["people"][:1]))

    def previewed(prune: bool) -> dict:
        return client.post("/api/data/import", data={"file": (io.BytesIO(smaller), "smaller.zip"),
                                                     **({"prune": "1"} if prune else {})},
                           content_type="multipart/form-data").get_json()

    token = previewed(prune=True)["token"]
    unconfirmed = client.post(f"/data/import/{token}", data={"prune": "1"}, headers={"Accept": "application/json"})
    assert unconfirmed.status_code == 400 and unconfirmed.get_json()["error"]["code"] == "confirm_delete"
    not_as_previewed = client.post(f"/data/import/{previewed(prune=False)['token']}", data={"prune": "1"},
                                   headers={"Accept": "application/json"})
    assert not_as_previewed.status_code == 409
    assert {r["id"] for r in fresh_graph.read("export/groups", of=None)} == {"g1"}  # nothing deleted yet
    stale = previewed(prune=True)["token"]
    fresh_graph.write("import/bump_version")  # someone changed the network after the preview
    client.post(f"/data/import/{stale}", data={"prune": "1", "confirm_delete": "1"}, headers={"Accept": "application/json"})
    for _ in range(100):
        status = client.get(f"/api/data/import/{stale}").get_json()
        if status["state"] not in ("staged", "writing", "backup", "saving"):
            break
        time.sleep(0.2)
    assert status["state"] == "refused" and status["report"]["problems"][0]["code"] == "changed_since_preview"
    assert {r["id"] for r in fresh_graph.read("export/people", of=None)} == {"p1", "p2"}  # what was confirmed is not what would go

    browser = SignedInBrowser(chromium, accounts["admin"])
    for width, height in ((390, 844), (1366, 850)):  # the phone only looks; the desk imports
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(live_server + "/data/import")
        page.click("#prune-choice summary")
        page.check("input[name=prune]")
        page.set_input_files("#upload-file", str(tmp_path / "smaller.zip"))
        page.click("#upload-check")
        page.wait_for_selector("#removing")
        warning = page.locator("#removing").inner_text()
        assert "ファイルにない 1 件を削除します" in warning and "人 1" in warning and "半分以上" in warning
        assert "削除して取り込む" in page.locator("#import-run").inner_text()
        page.screenshot(path=str(output_dir / f"upload-prune-{width}.png"), full_page=True)
        if width == 390:
            page.close()
            continue
        page.click("#import-run")  # without the tick: the browser asks for it, nothing is sent
        page.wait_for_timeout(300)
        assert page.locator("#removing").is_visible()
        page.check("#confirm-delete")
        page.click("#import-run")
        page.wait_for_selector("#import-status[data-state=done]", timeout=60000)
        kept = page.locator("#import-backup").inner_text()
        assert "before-prune-" in kept
        page.close()
    assert {r["id"] for r in fresh_graph.read("export/people", of=None)} == {"p1"}
    assert list((Path(app.config["TSUNAGU_HOME"]) / "backups").glob("before-prune-*.zip"))


def test_a_new_row_named_as_someone_already_there_is_pointed_out(admin_client, fresh_graph, tmp_path, output_dir):
    """「佐藤 由美」 typed again with a new id went in silently as a second 佐藤 由美. The
    preview now says which new rows share a name with what the network holds (folded as the
    search folds names), with a link to it; it is a warning: the import may still go ahead."""
    client = admin_client
    first = client.post("/api/data/import", data={"file": (io.BytesIO(_zip(tmp_path, "good", GOOD)), "good.zip")},
                        content_type="multipart/form-data").get_json()
    client.post(f"/data/import/{first['token']}", headers={"Accept": "application/json"})
    for _ in range(100):
        if client.get(f"/api/data/import/{first['token']}").get_json()["state"] == "done":
            break
        time.sleep(0.2)
    again = _zip(tmp_path, "again", dict(people=[{"id": "p9", "name": "区民 一", "visibility": "公開"},
                                                  {"id": "p10", "name": "区民十", "visibility": "公開"}],
                                          groups=[{"id": "g9", "name": "東町会", "kind": "町会", "sector": "地縁"}]))
    checked = client.post("/api/data/import", data={"file": (io.BytesIO(again), "again.zip")},
                          content_type="multipart/form-data")
    body = checked.get_json()
    assert checked.status_code == 200 and body["token"]
    assert sorted((n["type"], n["id"], tuple(e["id"] for e in n["existing"])) for n in body["namesakes"]) == [
        ("Group", "g9", ("g1",)), ("Person", "p9", ("p1",))]  # 区民十 is nobody's namesake
    page = client.post("/data/import", data={"file": (io.BytesIO(again), "again.zip")},
                       content_type="multipart/form-data", headers={"Accept": "text/html"}).get_data(as_text=True)
    warning = page.split('id="namesakes"')[1].split("</div>")[0]
    assert "2 件あります" in warning and 'href="/people/p1"' in warning and 'href="/groups/g1"' in warning
    supported = _zip(tmp_path, "supported", dict(supports=[{"department_id": "g1", "target_id": "g1", "program": "見守り"}]))
    page = client.post("/data/import", data={"file": (io.BytesIO(supported), "supported.zip")},
                       content_type="multipart/form-data", headers={"Accept": "text/html"}).get_data(as_text=True)
    example = page.split('class="examples"')[1].split("</details>")[0]
    assert "東町会" in example and ">g1<" not in example  # a group-or-collaboration column by name too
