"""The blank template in seed/template/ matches the contract in service/template.py."""
import csv
from pathlib import Path

from openpyxl import load_workbook

from service.template import FILES

TEMPLATE = Path(__file__).resolve().parent.parent / "seed" / "template"


def test_blank_csv_files_have_the_template_headers():
    for spec in FILES:
        with open(TEMPLATE / f"{spec.stem}.csv", encoding="utf-8-sig") as handle:
            assert next(csv.reader(handle)) == [c.name for c in spec.columns], spec.stem


def test_workbook_has_instructions_and_a_sheet_per_file():
    workbook = load_workbook(TEMPLATE / "tsunagu-template.xlsx")
    assert workbook.sheetnames[0] == "使い方" and workbook.sheetnames[-1] == "選択肢"
    assert workbook["選択肢"].sheet_state == "hidden"
    assert workbook.sheetnames[1:-1] == [spec.title for spec in FILES]  # in Japanese; read by either name
    text = " ".join(str(c.value) for row in workbook["使い方"].iter_rows() for c in row if c.value)
    assert "令和6年4月1日" in text and "(例)" in text
    comments = " ".join(c.comment.text for c in workbook["人"][1] if c.comment)
    assert "visibility" in comments and "公開してよい" in comments  # each header says what goes there


def test_template_readme_is_current():
    import importlib.util
    spec = importlib.util.spec_from_file_location("build_template", TEMPLATE.parent / "build_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (TEMPLATE / "README.md").read_text(encoding="utf-8") == module.markdown()


def test_the_blank_workbook_imports_cleanly(admin_client):
    data = (TEMPLATE / "tsunagu-template.xlsx").read_bytes()
    import io
    response = admin_client.post("/api/import", data={"file": (io.BytesIO(data), "blank.xlsx"), "check": "true"})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["rows"] == 0


def test_what_counts_as_the_network_comes_from_the_template(client, fresh_graph, tmp_path, driver):
    """Stats, the graph version (and so every cache), export and backup use the labels and
    types the template writes: a tie of any of them changes the version; a user does not."""
    from conftest import build_graph
    from service.template import FILES, NETWORK_LABELS, NETWORK_TYPES
    stats = client.get("/api/stats").get_json()
    assert list(stats["nodes"]) == list(NETWORK_LABELS) and list(stats["relationships"]) == list(NETWORK_TYPES)
    assert {f.tie[0] for f in FILES if f.tie} | {"PART_OF"} == set(NETWORK_TYPES)
    build_graph(fresh_graph, tmp_path, groups=[{"id": "d", "name": "協働推進課", "kind": "ward_department",
                                               "sector": "public"},
                                              {"id": "g", "name": "町会", "kind": "neighborhood_association",
                                               "sector": "chien"}])
    before = fresh_graph.version()
    driver.execute_query("MATCH (d:Group {id: 'd'}), (g:Group {id: 'g'}) CREATE (d)-[:SUPPORTS]->(g)")
    assert fresh_graph.version() != before
    after = fresh_graph.version()
    driver.execute_query("CREATE (:User {name: 'not-the-network'})")
    assert fresh_graph.version() == after
    driver.execute_query("MATCH (u:User {name: 'not-the-network'}) DELETE u")


def test_the_graph_state_counts_exactly_the_template_labels_and_types():
    """The graph's version counts the network from the count store, one lookup per label and
    type written out in cypher/analysis/graph_state.cypher (a lookup needs them literally): a
    label or type added to the template must be counted there too, or its changes would not
    change the version."""
    import re
    from service import cypher
    from service.template import NETWORK_LABELS, NETWORK_TYPES
    statement = cypher.load("analysis/graph_state")
    assert re.findall(r"COUNT \{ \(:(\w+)\) \}", statement) == list(NETWORK_LABELS)
    assert re.findall(r"COUNT \{ \(\)-\[:(\w+)\]->\(\) \}", statement) == list(NETWORK_TYPES)


def test_a_suggested_kind_is_stored_as_its_code_and_any_other_as_written(fresh_graph, tmp_path, driver):
    """An event's kind is offered from a list (the template's, the export's: the site's words)
    but not required: 「講座」 is stored as course, as the site and the export read it back;
    「餅つき大会」 stays as written."""
    from conftest import build_graph
    build_graph(fresh_graph, tmp_path, events=[{"id": "e1", "name": "春の講座", "date": "2026-04-01", "kind": "講座"},
                                               {"id": "e2", "name": "餅つき", "date": "2026-01-10", "kind": "餅つき大会"},
                                               {"id": "e3", "name": "研修会", "date": "2026-02-01", "kind": "training"}])
    kinds = {r["id"]: r["kind"] for r in driver.execute_query("MATCH (e:Event) RETURN e.id AS id, e.kind AS kind").records}
    assert kinds == {"e1": "course", "e2": "餅つき大会", "e3": "training"}
