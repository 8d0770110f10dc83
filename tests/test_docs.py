"""The documentation follows the code: the README is the front door (short, the two commands
first, links that lead somewhere), every setting is in docs/operating.md exactly as
service/settings.py declares it, and the docs a newcomer walks exist."""
import re
from pathlib import Path

from service import settings
from service.settings import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = ("operating", "privacy-and-security", "coordinators-guide", "http-api", "questions",
        "data-template", "architecture", "performance")


def test_readme_is_a_front_door():
    assert len(README.splitlines()) <= 150
    assert README.index("make run") < README.index("make test") < README.index("## Requirements")
    assert "py2neo" in README and "fictional" in README and "## Dependencies, and why" in README
    for target in re.findall(r"\]\(([^)#]+)\)", README):
        assert (ROOT / target).exists(), target
    for name in DOCS:
        assert f"docs/{name}.md" in README, name


def test_every_setting_is_documented_as_declared():
    operating = (ROOT / "docs" / "operating.md").read_text(encoding="utf-8")
    assert settings.markdown_table() in operating
    for setting in SETTINGS:
        assert f"| `{setting.name}` |" in operating, setting.name


def test_the_docs_link_to_what_exists_and_architecture_has_its_picture():
    for name in DOCS:
        text = (ROOT / "docs" / f"{name}.md").read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:]+)\)", text):
            assert (ROOT / "docs" / target).resolve().exists(), (name, target)
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert "service/analysis/" in architecture and "┌" in architecture
    assert "where a change goes" in architecture.lower()
    performance = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    for section in re.split(r"\n## ", performance)[1:]:
        assert re.search(r"Measured \d{4}-\d{2}-\d{2}\.", section) and "bench/" in section, section[:40]
