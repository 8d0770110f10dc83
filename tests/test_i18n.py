"""One way to translate: every message shown to people is in the catalogue with its English,
nothing Japanese is shown without going through it, ?lang=en shows it, and the command line
speaks the language of LANG."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from babel.support import Translations
from click.testing import CliRunner

from service import catalogue, lang
from service.cli import main

ROOT = Path(__file__).resolve().parent.parent


JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
MARKERS = {"_", "N_", "NP_", "p_", "gettext", "ApiError", "both", "label_text"}


def test_every_message_has_english_and_the_compiled_catalogue_is_current():
    """What Babel extracts from the code and the templates is the catalogue: a message shown
    to people without English fails here (`make translations` adds it, with empty English)."""
    extracted = {(m.context, m.id) for m in catalogue.extract() if m.id}
    english = {(m.context, m.id): m.string for m in catalogue.translations() if m.id}
    assert sorted(k for k in extracted if not english.get(k)) == []
    copied = [message for (_context, message), text in english.items() if text == message and JAPANESE.search(message)]
    assert copied == []  # translated, not copied (Japanese examples inside English are fine)
    compiled = Translations.load(str(catalogue.DIRECTORY), ["en"])
    for (context, message), text in english.items():
        assert (compiled.pgettext(context, message) if context else compiled.gettext(message)) == text


def test_no_japanese_is_shown_without_going_through_the_catalogue():
    """Japanese in the code is a marked message, or data (a line saying `# data` or `# format`,
    or a module saying `# i18n: data`); in templates, Japanese outside a tag is only what a
    tag prints, and a literal inside a tag is inside _(…)."""
    unmarked = []
    for path in sorted(list((ROOT / "service").rglob("*.py")) + list((ROOT / "visualizations").rglob("*.py"))):
        unmarked += [f"{path.relative_to(ROOT)}:{line}: {text[:40]}" for line, text in _unmarked_python(path)]
    for path in sorted((ROOT / "service" / "templates").glob("*.html")):
        source = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                           if "i18n: autonym" not in line)  # a language's own name is not translated
        outside = re.sub(r"{{.*?}}|{%.*?%}|{#.*?#}", " ", source, flags=re.S)
        unmarked += [f"{path.name}: {m.group(0)}" for m in re.finditer(r"\S*[\u3040-\u9fff]\S*", outside)]
        for tag in re.findall(r"{{.*?}}|{%.*?%}", source, flags=re.S):
            for literal in re.finditer(r"(?P<before>\w*\(?)\s*'(?P<text>[^']*)'", tag):
                if JAPANESE.search(literal.group("text")) and not literal.group("before").endswith("_("):
                    unmarked.append(f"{path.name}: {literal.group('text')[:40]}")
    assert unmarked == []


def _unmarked_python(path: Path) -> list[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    if "# i18n: data" in source.split("\n", 1)[0]:
        return []
    lines, tree = source.splitlines(), ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and JAPANESE.search(node.value)):
            continue
        if isinstance(parents.get(node), ast.Expr):
            continue  # a docstring
        if any(mark in lines[i] for i in range(node.lineno - 1, node.end_lineno) for mark in ("# data", "# format")):
            continue
        up = parents.get(node)
        while up is not None and not isinstance(up, (ast.Call, ast.stmt)):
            up = parents.get(up)
        name = None
        if isinstance(up, ast.Call):
            name = up.func.id if isinstance(up.func, ast.Name) else getattr(up.func, "attr", None)
        if name not in MARKERS:
            found.append((node.lineno, node.value))
    return found


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


def test_the_command_line_speaks_the_language_of_lang(neo4j):
    env = {"NEO4J_URI": neo4j.uri, "NEO4J_USER": neo4j.user, "NEO4J_PASSWORD": neo4j.password}
    japanese = CliRunner().invoke(main, ["path", "nobody", "g-univ"], env={**env, "LANG": "ja_JP.UTF-8"})
    english = CliRunner().invoke(main, ["path", "nobody", "g-univ"], env={**env, "LANG": "C.UTF-8", "LC_ALL": ""})
    assert japanese.exit_code == english.exit_code == 1
    assert "が見つかりません" in japanese.output and "/" not in japanese.output.replace("//", "")
    assert "no FROM with id nobody" in english.output and not re.search(r"[\u3040-\u30ff]", english.output)


def test_one_word_two_meanings_are_told_apart():
    assert lang.text("協力", "en", context="partner_role") == "Supporter"
    assert lang.text("協力", "en", context="relation") == "Cooperation"
