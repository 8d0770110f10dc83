"""Import from the spreadsheets coordinators keep: every problem reported at once, precisely,
and nothing written unless everything is right."""
import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import fingerprint, write_tables
from service.cli import main

CORPUS = Path(__file__).resolve().parent / "import_corpus"

# case folder → (problem code, file, row, column) expected among the problems
BAD_CASES = {
    "missing_column": ("missing_column", "people.csv", 1, "name"),
    "empty_id": ("empty", "groups.csv", 3, "id"),
    "duplicate_id": ("duplicate", "people.csv", 4, "id"),
    "unknown_kind": ("choice", "groups.csv", 3, "kind"),
    "unknown_sector": ("choice", "groups.csv", 3, "sector"),
    "unknown_visibility": ("choice", "people.csv", 3, "visibility"),
    "unknown_relation_kind": ("choice", "relations.csv", 2, "kind"),
    "bad_date": ("date", "memberships.csv", 3, "since"),
    "strength_out_of_range": ("range", "knows.csv", 2, "strength"),
    "unknown_reference": ("reference", "memberships.csv", 3, "group_id"),
    "knows_self": ("self_tie", "knows.csv", 2, "other_id"),
    "binary_junk": ("unreadable", "people.csv", None, None),
}


def _env(neo4j):
    return {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}


def _import(neo4j, *args, **env):
    return CliRunner().invoke(main, ["import", *map(str, args)], env={**_env(neo4j), **env})


def _problems(neo4j, *args):
    result = _import(neo4j, *args, "--json")
    return result, json.loads(result.stdout)["problems"]


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_each_bad_file_is_reported_precisely_and_nothing_is_written(case, neo4j, fresh_graph):
    assert _import(neo4j, CORPUS / "base").exit_code == 0
    before = fingerprint(fresh_graph)
    result, problems = _problems(neo4j, CORPUS / case)
    assert result.exit_code == 1
    code, file, row, column = BAD_CASES[case]
    matching = [p for p in problems if p["code"] == code and p["file"] == file
                and p["row"] == row and p["column"] == column]
    assert matching, problems
    found = matching[0]
    assert found["message"] and found["message_en"] and found["fix"] and found["fix_en"]
    assert fingerprint(fresh_graph) == before


def test_all_problems_are_reported_at_once(neo4j, fresh_graph, tmp_path):
    folder = tmp_path / "many"
    for case in ("unknown_kind", "bad_date", "knows_self"):
        for path in (CORPUS / case).iterdir():
            if (CORPUS / "base" / path.name).read_bytes() != path.read_bytes():
                folder.mkdir(exist_ok=True)
                (folder / path.name).write_bytes(path.read_bytes())
    for path in (CORPUS / "base").iterdir():
        if not (folder / path.name).exists():
            (folder / path.name).write_bytes(path.read_bytes())
    result, problems = _problems(neo4j, folder)
    assert result.exit_code == 1
    assert {p["code"] for p in problems} >= {"choice", "date", "self_tie"}
    assert fingerprint(fresh_graph) == ((), ())


def test_readable_report_names_file_row_column_and_value(neo4j, fresh_graph):
    result = _import(neo4j, CORPUS / "bad_date")
    assert result.exit_code == 1
    assert "memberships.csv row 3 column since value '2021-13-45': not a date" in result.output
    assert "nothing was written" in result.output
    japanese = _import(neo4j, CORPUS / "bad_date", LANG="ja_JP.UTF-8")  # in the language of LANG
    assert "memberships.csv 3行目 列「since」 値「2021-13-45」: 日付として読めません" in japanese.output
    assert "何も書き込んでいません" in japanese.output and "row 3" not in japanese.output


def test_formula_cells_in_a_workbook_are_refused(neo4j, fresh_graph):
    result, problems = _problems(neo4j, CORPUS / "formula.xlsx")
    assert result.exit_code == 1
    assert any(p["code"] == "formula" and p["file"] == "formula.xlsx[people]" and p["row"] == 3
               and p["column"] == "name" for p in problems), problems
    assert fingerprint(fresh_graph) == ((), ())


def test_a_50_megabyte_file_is_refused_without_reading_it(neo4j, fresh_graph, tmp_path):
    folder = tmp_path / "huge"
    folder.mkdir()
    with open(folder / "people.csv", "w", encoding="utf-8") as handle:
        handle.write("id,name\n")
        line = "p-x," + "あ" * 100 + "\n"
        for _ in range(50_000_000 // len(line.encode()) + 1):
            handle.write(line)
    result, problems = _problems(neo4j, folder)
    assert result.exit_code == 1
    assert problems[0]["code"] == "too_large" and problems[0]["file"] == "people.csv"
    assert fingerprint(fresh_graph) == ((), ())


def test_check_only_writes_nothing(neo4j, fresh_graph):
    result = _import(neo4j, CORPUS / "base", "--check")
    assert result.exit_code == 0
    assert "no problems" in result.output
    assert fingerprint(fresh_graph) == ((), ())


def test_shift_jis_and_japanese_writing_are_read(neo4j, fresh_graph):
    assert _import(neo4j, CORPUS / "shift_jis").exit_code == 0
    names, _, _ = fresh_graph.driver.execute_query("MATCH (p:Person) RETURN p.name AS name ORDER BY p.id")
    assert [r["name"] for r in names] == ["髙橋 花子", "山﨑 太郎", "上田 次郎"]
    assert _import(neo4j, CORPUS / "japanese_headers").exit_code == 0
    records, _, _ = fresh_graph.driver.execute_query(
        "MATCH (p:Person {id: 'p-1'})-[m:MEMBER_OF]->() RETURN p.name AS name, toString(m.since) AS since")
    assert records[0]["name"] == "青木 花子" and records[0]["since"] == "2020-04-01"
    records, _, _ = fresh_graph.driver.execute_query(
        "MATCH ()-[k:KNOWS]->() RETURN k.strength AS strength, toString(k.since) AS since")
    assert records[0]["strength"] == 2 and records[0]["since"] == "2022-05-01"


def test_reimport_changes_nothing_and_an_updated_row_updates(neo4j, fresh_graph, tmp_path):
    assert _import(neo4j, CORPUS / "base").exit_code == 0
    first = fingerprint(fresh_graph)
    assert _import(neo4j, CORPUS / "base").exit_code == 0
    assert fingerprint(fresh_graph) == first
    changed = tmp_path / "changed"
    changed.mkdir()
    text = (CORPUS / "base" / "people.csv").read_text(encoding="utf-8")
    (changed / "people.csv").write_text(text.replace("石井 太郎", "石井 太一"), encoding="utf-8")
    assert _import(neo4j, changed).exit_code == 0
    records, _, _ = fresh_graph.driver.execute_query("MATCH (p:Person {id: 'p-2'}) RETURN p.name AS name")
    assert records[0]["name"] == "石井 太一"
    assert len(fingerprint(fresh_graph)[0]) == len(first[0])


def test_references_may_point_into_the_database(neo4j, fresh_graph, tmp_path):
    assert _import(neo4j, CORPUS / "base").exit_code == 0
    later = tmp_path / "later"
    later.mkdir()
    (later / "memberships.csv").write_text("person_id,group_id,role\np-3,g-1,会員\n", encoding="utf-8")
    assert _import(neo4j, later).exit_code == 0
    records, _, _ = fresh_graph.driver.execute_query("MATCH (:Person {id: 'p-3'})-[m:MEMBER_OF]->(:Group {id: 'g-1'}) RETURN count(m) AS c")
    assert records[0]["c"] == 1


def test_prune_removes_what_the_files_no_longer_contain(neo4j, fresh_graph, tmp_path):
    assert _import(neo4j, CORPUS / "base").exit_code == 0
    smaller = tmp_path / "smaller"
    smaller.mkdir()
    for path in (CORPUS / "base").iterdir():
        (smaller / path.name).write_bytes(path.read_bytes())
    people = (smaller / "people.csv").read_text(encoding="utf-8").splitlines()
    (smaller / "people.csv").write_text("\n".join(l for l in people if not l.startswith("p-3")) + "\n",
                                        encoding="utf-8")
    (smaller / "knows.csv").write_text("person_id,other_id,strength\n", encoding="utf-8")
    assert _import(neo4j, smaller).exit_code == 0  # without --prune nothing is deleted
    assert _count(fresh_graph, "MATCH (p:Person) RETURN count(p) AS c") == 3
    result = _import(neo4j, smaller, "--prune")
    assert result.exit_code == 0, result.output
    assert _count(fresh_graph, "MATCH (p:Person) RETURN count(p) AS c") == 2
    assert _count(fresh_graph, "MATCH ()-[k:KNOWS]->() RETURN count(k) AS c") == 0
    assert _count(fresh_graph, "MATCH ()-[m:MEMBER_OF]->() RETURN count(m) AS c") == 2


def test_api_import_zip_check_and_refusal(admin_client, fresh_graph):
    archive = _zip(CORPUS / "base")
    response = admin_client.post("/api/import", data={"file": (io.BytesIO(archive), "lists.zip"), "check": "true"})
    assert response.status_code == 200 and response.get_json()["checked_only"] is True
    assert fingerprint(fresh_graph) == ((), ())
    response = admin_client.post("/api/import", data={"file": (io.BytesIO(archive), "lists.zip")})
    assert response.status_code == 201
    assert response.get_json()["written"]["people"] == 3
    bad = _zip(CORPUS / "unknown_reference")
    before = fingerprint(fresh_graph)
    response = admin_client.post("/api/import", data={"file": (io.BytesIO(bad), "bad.zip")})
    assert response.status_code == 422
    body = response.get_json()
    assert body["error"]["code"] == "invalid_import"
    assert body["problems"][0]["code"] == "reference"
    assert fingerprint(fresh_graph) == before


def test_api_import_xlsx_and_missing_file(admin_client, fresh_graph):
    data = (CORPUS / "valid.xlsx").read_bytes()
    response = admin_client.post("/api/import", data={"file": (io.BytesIO(data), "lists.xlsx")})
    assert response.status_code == 201, response.get_json()
    response = admin_client.post("/api/import", data={})
    assert response.status_code == 400
    assert response.get_json()["error"]["parameter"] == "file"


def _zip(folder):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in folder.iterdir():
            archive.writestr(f"lists/{path.name}", path.read_bytes())
    return buffer.getvalue()


def _count(driver, query):
    records, _, _ = getattr(driver, "driver", driver).execute_query(query)
    return records[0]["c"]


def test_the_japanese_words_the_site_shows_are_accepted_and_names_stand_for_ids(neo4j, fresh_graph, tmp_path):
    folder = write_tables(
        tmp_path / "ja",
        areas=[{"id": "a-h", "name": "光が丘地域", "level": "地域"}],
        themes=[{"id": "t-k", "name": "子育て"}],
        capabilities=[{"id": "cap-b", "name": "場所"}],
        people=[{"id": "p1", "name": "区民一", "visibility": "公開"}, {"id": "p2", "name": "区民二", "visibility": "非公開"},
                {"id": "p3", "name": "区民三", "visibility": "区と関係者だけ"}],
        groups=[{"id": "g1", "name": "東町会", "kind": "町会・自治会", "sector": "地縁"},
                {"id": "g2", "name": "子育てひろば", "kind": "ボランティア団体", "sector": "区民活動"},
                {"id": "g3", "name": "ねりま商会", "kind": "事業者", "sector": "事業者"},
                {"id": "g4", "name": "ＮＰＯあおぞら", "kind": "ＮＰＯ法人", "sector": "Civic"}],
        collaborations=[{"id": "c1", "name": "協働", "status": "活動中"}],
        partners=[{"group_id": "g1", "collaboration_id": "c1", "role": "主催"}],
        relations=[{"group_id": "g1", "other_id": "g2", "kind": "協力"}],
        group_areas=[{"group_id": "g1", "area_id": "光が丘"}, {"group_id": "g2", "area_id": "光が丘地域"}],
        group_themes=[{"group_id": "g2", "theme_id": "子育て"}],
        needs=[{"group_id": "g2", "capability_id": "場所"}])
    result = _import(neo4j, folder, "--json")
    assert result.exit_code == 0, result.stdout
    groups = {r["id"]: (r["kind"], r["sector"]) for r in fresh_graph.read("export/groups", of=None)}
    assert groups == {"g1": ("neighborhood_association", "chien"), "g2": ("volunteer_group", "civic"),
                      "g3": ("business", "business"), "g4": ("npo", "civic")}
    people = {r["id"]: r["visibility"] for r in fresh_graph.read("export/people", of=None)}
    assert people == {"p1": "public", "p2": "private", "p3": "internal"}
    assert {(r["group_id"], r["area_id"]) for r in fresh_graph.read("export/group_areas", of=None)} == {("g1", "a-h"), ("g2", "a-h")}
    assert [(r["group_id"], r["theme_id"]) for r in fresh_graph.read("export/group_themes", of=None)] == [("g2", "t-k")]
    # and a later import may name what the database already holds
    later = write_tables(tmp_path / "later", groups=[{"id": "g5", "name": "西町会", "kind": "町会", "sector": "地縁"}],
                          group_areas=[{"group_id": "g5", "area_id": "光が丘"}], needs=[{"group_id": "g5", "capability_id": "場所"}])
    assert _import(neo4j, later, "--json").exit_code == 0
    assert ("g5", "a-h") in {(r["group_id"], r["area_id"]) for r in fresh_graph.read("export/group_areas", of=None)}


def test_groups_people_and_events_may_be_written_by_the_name_their_page_shows(neo4j, fresh_graph, tmp_path):
    """A coordinator wrote 「関町北自治会」 where the group's id was asked (pages never show an id)
    and was told the id existed nowhere. Any reference may now be a name, in this file or in the
    network, written as a name card has it (髙 for 高, a full-width space or none); a name that
    two people share is refused with their ids, and nothing is written."""
    first = write_tables(tmp_path / "first",
                         people=[{"id": "p1", "name": "髙橋　誠", "visibility": "公開"},
                                 {"id": "p2", "name": "佐藤 由美", "visibility": "公開"},
                                 {"id": "p3", "name": "佐藤由美", "visibility": "公開"},
                                 {"id": "p4", "name": "非公開 太郎", "visibility": "非公開"}],
                         groups=[{"id": "g-sekimachi", "name": "関町北自治会", "kind": "町会", "sector": "地縁"}],
                         events=[{"id": "e1", "name": "夏まつり", "date": "2026-08-01", "kind": "交流"}])
    assert _import(neo4j, first).exit_code == 0
    later = write_tables(tmp_path / "later",
                         groups=[{"id": "g-new", "name": "光が丘子ども劇場", "kind": "ボランティア団体", "sector": "区民活動"}],
                         memberships=[{"person_id": "高橋 誠", "group_id": "関町北自治会"},
                                      {"person_id": "p2", "group_id": "光が丘子ども劇場"}],
                         attendance=[{"person_id": "高橋誠", "event_id": "夏まつり"}])
    result = _import(neo4j, later, "--json")
    assert result.exit_code == 0, result.stdout
    assert {(r["person_id"], r["group_id"]) for r in fresh_graph.read("export/memberships", of=None)} == {
        ("p1", "g-sekimachi"), ("p2", "g-new")}
    assert [(r["person_id"], r["event_id"]) for r in fresh_graph.read("export/attendance", of=None)] == [("p1", "e1")]
    before = fingerprint(fresh_graph)
    shared = write_tables(tmp_path / "shared", memberships=[{"person_id": "佐藤 由美", "group_id": "g-sekimachi"}])
    found = json.loads(_import(neo4j, shared, "--json").stdout)["problems"]
    assert [p["code"] for p in found] == ["ambiguous_name"] and "p2" in found[0]["fix"] and "p3" in found[0]["fix"]
    hidden = write_tables(tmp_path / "hidden", memberships=[{"person_id": "非公開 太郎", "group_id": "g-sekimachi"}])
    found = json.loads(_import(neo4j, hidden, "--json").stdout)["problems"]  # the command line reads as staff
    assert [p["code"] for p in found] == ["reference"] and "p4" not in json.dumps(found)  # a name tells of nobody hidden
    assert fingerprint(fresh_graph) == before


def test_three_independent_errors_at_once_without_knock_on_errors(neo4j, fresh_graph, tmp_path):
    folder = write_tables(
        tmp_path / "bad",
        people=[{"id": "p1", "name": "区民一", "visibility": "公開"}, {"id": "p2", "name": "区民二", "visibility": "ひみつ"}],
        groups=[{"id": "g1", "name": "東町会", "kind": "町会・自治会", "sector": "地緑"},
                {"id": "g2", "name": "西町会", "kind": "町会・自治会", "sector": "地縁"}],
        memberships=[{"person_id": "p2", "group_id": "g1", "since": "2024-04-01"},   # both rows above are wrong
                     {"person_id": "p1", "group_id": "g9", "since": "2024-13-45"}])  # a wrong date AND a wrong id
    before = fingerprint(fresh_graph)
    result, problems = _problems(neo4j, folder)
    assert result.exit_code == 1
    found = {(p["file"], p["row"], p["column"], p["code"]) for p in problems}
    assert found == {("people.csv", 3, "visibility", "choice"), ("groups.csv", 2, "sector", "choice_near"),
                     ("memberships.csv", 3, "since", "date"), ("memberships.csv", 3, "group_id", "reference_near")}
    near = next(p for p in problems if p["code"] == "choice_near")
    assert "「地縁」のことでしょうか" in near["fix"] and "区民活動" in near["fix"] and "chien" not in near["fix"]
    assert "Neighbourhood-based" in near["fix_en"]
    wrong_id = next(p for p in problems if p["column"] == "group_id")
    assert "「g1」のことでしょうか" in wrong_id["fix"] or "「g2」のことでしょうか" in wrong_id["fix"]
    assert fingerprint(fresh_graph) == before


def test_prune_tells_ties_apart_by_kind_and_reads_knows_both_ways(neo4j, fresh_graph, tmp_path):
    """A RELATION is kept or deleted by its kind; a KNOWS stored one way is kept when the file
    has it the other way."""
    tables = dict(groups=[{"id": g, "name": f"団体{g}", "kind": "npo", "sector": "civic"} for g in ("A", "B")],
                  people=[{"id": p, "name": f"人{p}", "visibility": "public"} for p in ("p", "q", "r")],
                  knows=[{"person_id": "p", "other_id": "q", "strength": 2}, {"person_id": "q", "other_id": "r", "strength": 1}],
                  relations=[{"group_id": "A", "other_id": "B", "kind": "cooperation"},
                             {"group_id": "A", "other_id": "B", "kind": "conflict"}])
    assert _import(neo4j, write_tables(tmp_path / "first", **tables)).exit_code == 0
    tables["knows"] = [{"person_id": "q", "other_id": "p", "strength": 2}]  # the other way round; q–r gone
    tables["relations"] = tables["relations"][:1]  # the conflict gone
    result = _import(neo4j, write_tables(tmp_path / "second", **tables), "--prune")
    assert result.exit_code == 0, result.output
    assert _count(fresh_graph, "MATCH ()-[r:RELATION]->() WHERE r.kind = 'cooperation' RETURN count(r) AS c") == 1
    assert _count(fresh_graph, "MATCH ()-[r:RELATION]->() RETURN count(r) AS c") == 1
    assert _count(fresh_graph, "MATCH (:Person {id: 'p'})-[k:KNOWS]-(:Person {id: 'q'}) RETURN count(k) AS c") == 1
    assert _count(fresh_graph, "MATCH ()-[k:KNOWS]->() RETURN count(k) AS c") == 1


def test_the_import_says_when_every_row_is_sent_and_the_database_is_saving(neo4j, fresh_graph):
    """At ward scale Neo4j saves for 10-30 s after the last row is counted: the command line
    (here) and the upload page (test_upload.py) say so instead of sitting at a full bar. The
    rows are not in the network yet when it is said."""
    from service.importer.read import read_path
    from service.importer.run import import_reading
    from service.importer.write import SAVING

    heard = []
    before = fingerprint(fresh_graph)

    def progress(stem, count):
        heard.append((stem, count, fingerprint(fresh_graph) == before if stem == SAVING else None))

    report = import_reading(fresh_graph, read_path(CORPUS / "base", 10_000_000), progress=progress)
    assert report.ok and heard[-1] == (SAVING, 0, True)
    assert sum(count for _, count, _ in heard) == report.rows and fingerprint(fresh_graph) != before

    result = _import(neo4j, CORPUS / "base", LANG="ja_JP.UTF-8")
    assert result.exit_code == 0
    assert result.stderr.index("書き込み中") < result.stderr.index("データベースが保存を確定しています")
