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
    assert workbook.sheetnames[0] == "説明"
    assert workbook.sheetnames[1:] == [spec.stem for spec in FILES]
    text = " ".join(str(c.value) for row in workbook["説明"].iter_rows() for c in row if c.value)
    assert "令和6年4月1日" in text and "visibility" in text


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
