"""Every setting is documented in the README, and the README keeps its promised order."""
from pathlib import Path

from service.settings import SETTINGS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_configuration_table():
    for setting in SETTINGS:
        assert f"| `{setting.name}` |" in README, setting.name


def test_readme_starts_with_the_two_commands_then_the_promised_sections():
    assert README.index("make run") < README.index("make test") < README.index("## Requirements")
    order = ["## Requirements", "## Configuration", "## Command line",
             "## Production with docker-compose", "## Dependencies, and why"]
    positions = [README.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert "py2neo" in README and "fictional" in README
