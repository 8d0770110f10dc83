"""Every interface text has an English translation, and ?lang=en shows it."""
from __future__ import annotations

import json
import re
from pathlib import Path

from service import lang
from service.labels import NAMES

ROOT = Path(__file__).resolve().parent.parent


def interface_texts() -> set[str]:
    """The Japanese texts the interface translates: _('…') in templates, tuples of (code,
    '日本語') choices there, the code labels, the list titles and column headers of pages, and
    gettext("…") in the code."""
    texts: set[str] = set()
    for template in (ROOT / "service" / "templates").glob("*.html"):
        source = template.read_text(encoding="utf-8")
        texts |= set(re.findall(r"_\('([^']+)'\)", source))
        texts |= {b for _, b in re.findall(r"\('([^']*)', '([^']*)'\)", source)}
        for mapping in re.findall(r"_\(\{([^}]*)\}", source):
            texts |= set(re.findall(r":\s*'([^']+)'", mapping))
    for names in NAMES.values():
        texts |= set(names.values())
    for module in (ROOT / "service" / "pages").glob("*.py"):
        source = module.read_text(encoding="utf-8")
        texts |= set(re.findall(r'Table\("([^"]+)"', source))
        texts |= set(re.findall(r'\("[a-z_]+", "([^"]+)"\)', source))
        texts |= set(re.findall(r'\("([^"]+)", "/maps/', source))
        texts |= set(re.findall(r'NO_AREA = "([^"]+)"', source))
    for module in (ROOT / "service").rglob("*.py"):
        texts |= set(re.findall(r'gettext\("([^"]+)"\)', module.read_text(encoding="utf-8")))
    return {t for t in texts if any(ord(c) > 0x2FFF for c in t)}


def test_every_interface_text_has_english():
    catalog = json.loads((ROOT / "service" / "translations" / "en.json").read_text(encoding="utf-8"))
    missing = sorted(interface_texts() - set(catalog))
    assert not missing, f"add English for: {missing}"
    assert all(value.strip() and not any(ord(c) > 0x2FFF for c in value) for value in catalog.values())


def test_dates_are_shown_as_japanese_readers_expect():
    assert lang.format_date("2025-11-08", "ja") == "2025年11月8日(土)"
    assert lang.format_date("2025-11-08", "en") == "8 Nov 2025"
    assert lang.format_date(None, "ja") == ""


def test_english_pages_show_no_untranslated_interface_text(client, demo):
    page = client.get("/?lang=en").get_data(as_text=True)
    assert '<html lang="en">' in page
    for text in ("主な数字", "地域の顔役", "新しい協働", "ホーム"):
        assert text not in page
    assert "Key figures" in page and "Bridging people" in page


def test_language_choice_is_remembered(client, demo):
    client.get("/search?lang=en")
    assert '<html lang="en">' in client.get("/gaps").get_data(as_text=True)
    client.get("/gaps?lang=ja")
    assert '<html lang="ja">' in client.get("/").get_data(as_text=True)
    response = client.get("/?lang=fr")
    assert response.status_code == 400
