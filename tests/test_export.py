"""Export in the import template: a round trip gives the same files and the same graph;
cells that Excel would run as formulas are neutralised."""
import csv
import io
import zipfile

from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import clear, fingerprint
from service.cli import main
from service.seed import load_demo
from service.template import FILES


def _env(neo4j):
    return {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}


def _csv_files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.csv"))}


def _export_clear_import(neo4j, driver, folder, source):
    """Export the graph to `folder`, empty the database, import `source` (a path inside it)."""
    runner = CliRunner()
    assert runner.invoke(main, ["export", str(folder)], env=_env(neo4j)).exit_code == 0
    clear(driver)
    result = runner.invoke(main, ["import", str(source)], env=_env(neo4j))
    assert result.exit_code == 0, result.output
    return runner


def test_round_trip_gives_identical_files_and_graph(neo4j, fresh_graph, tmp_path):
    load_demo(fresh_graph)
    graph = fingerprint(fresh_graph.driver)
    runner = _export_clear_import(neo4j, fresh_graph.driver, tmp_path / "one", tmp_path / "one")
    assert fingerprint(fresh_graph.driver) == graph
    assert runner.invoke(main, ["export", str(tmp_path / "two")], env=_env(neo4j)).exit_code == 0
    one, two = _csv_files(tmp_path / "one"), _csv_files(tmp_path / "two")
    assert set(one) == {f"{spec.stem}.csv" for spec in FILES}
    assert one == two
    assert all(data.startswith("\ufeff".encode()) for data in one.values())


def test_workbook_export_imports_to_the_same_graph_and_the_same_bytes(neo4j, fresh_graph, tmp_path):
    load_demo(fresh_graph)
    graph = fingerprint(fresh_graph.driver)
    runner = _export_clear_import(neo4j, fresh_graph.driver, tmp_path / "x", tmp_path / "x" / "tsunagu.xlsx")
    assert fingerprint(fresh_graph.driver) == graph
    result = runner.invoke(main, ["import", str(tmp_path / "x" / "tsunagu.xlsx"), "--json"], env=_env(neo4j))
    assert result.exit_code == 0 and '"written"' in result.output  # --json on an import that writes
    assert runner.invoke(main, ["export", str(tmp_path / "y")], env=_env(neo4j)).exit_code == 0
    first, second = (tmp_path / "x" / "tsunagu.xlsx").read_bytes(), (tmp_path / "y" / "tsunagu.xlsx").read_bytes()
    assert first == second  # no time in the workbook nor in its zip entries
    groups = load_workbook(tmp_path / "y" / "tsunagu.xlsx")["団体"]
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in groups.data_validations.dataValidation}
    assert "E2" in lists and "'選択肢'" in lists["E2"]  # the sector column keeps its drop-down list
    japanese = {**_env(neo4j), "LC_ALL": "ja_JP.UTF-8"}  # as a coordinator reads it (the CLI's language)
    assert runner.invoke(main, ["export", str(tmp_path / "ja")], env=japanese).exit_code == 0
    workbook = load_workbook(tmp_path / "ja" / "tsunagu.xlsx")
    groups = workbook["団体"]
    assert [cell.value for cell in groups[1]][:6] == ["ID", "名前", "ふりがな", "種別", "分野", "中間支援"]  # the template's
    rows = {row[0]: row for row in groups.iter_rows(min_row=2, values_only=True)}
    assert rows["g-chokai-toyotama"][3:6] == ("町会・自治会", "地縁", "いいえ")  # the site's words, not codes
    assert rows["g-shakyo"][5] == "はい"
    assert {type(row[2]) for row in workbook["知り合い"].iter_rows(min_row=2, values_only=True)} == {int}  # strength 1–3
    events = {row[0]: row for row in workbook["行事"].iter_rows(min_row=2, values_only=True)}
    assert events["e-fes-2024"][3] == "お祭り・フェスティバル"  # a suggested kind in words too; read back as festival
    assert "地縁" in [cell.value for column in workbook["選択肢"].iter_cols() for cell in column]  # its lists too
    assert "chien" in (tmp_path / "ja" / "groups.csv").read_text(encoding="utf-8-sig")  # the CSV files keep codes


def test_formula_like_names_are_neutralised_and_come_back_unchanged(neo4j, fresh_graph, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "groups.csv").write_text(
        "id,name,kind,sector\ng-1,=HYPERLINK(\"x\"),npo,civic\ng-2,-マイナス会,npo,civic\ng-3,@mention,npo,civic\n",
        encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["import", str(folder)], env=_env(neo4j)).exit_code == 0
    assert runner.invoke(main, ["export", str(tmp_path / "out")], env=_env(neo4j)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "groups.csv").read_text(encoding="utf-8-sig"))))
    assert [r["name"] for r in rows] == ["'=HYPERLINK(\"x\")", "'-マイナス会", "'@mention"]
    sheet = load_workbook(tmp_path / "out" / "tsunagu.xlsx")["団体"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    before = fingerprint(fresh_graph.driver)
    clear(fresh_graph)
    assert runner.invoke(main, ["import", str(tmp_path / "out")], env=_env(neo4j)).exit_code == 0
    assert fingerprint(fresh_graph.driver) == before


def test_api_export_is_a_zip_of_the_template(admin_client, demo):
    response = admin_client.get("/api/export")
    assert response.status_code == 200
    assert response.mimetype == "application/zip"
    assert "attachment" in response.headers["Content-Disposition"]
    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
    assert set(names) == {f"{spec.stem}.csv" for spec in FILES} | {"tsunagu.xlsx"}
