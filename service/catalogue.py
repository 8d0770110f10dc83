"""Keeping the translation catalogue (service/lang.py): `make translations` runs this.

    python -m service.catalogue      extract every marked message of the code and the
                                     templates, merge them into translations/en/…/messages.po
                                     (new ones come with an empty English), and compile the .mo

The test suite extracts the same way and fails on a message without English, or on a .mo
that was not compiled from the .po.
"""
from __future__ import annotations

import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
DIRECTORY = Path(__file__).resolve().parent / "translations"
PO = DIRECTORY / "en" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")
# The functions that mark messages (service/lang.py, service/errors.py): name → argument spec.
KEYWORDS = {"_": None, "N_": None, "NP_": ((1, "c"), 2), "gettext": None, "ApiError": (3,),
            "both": None, "label_text": ((1, "c"), 2), "p_": ((1, "c"), 2)}
METHODS = [("service/**.py", "python"), ("visualizations/**.py", "python"),
           ("service/templates/**.html", "jinja2")]


def extract() -> Catalog:
    """Every marked message of the code and the templates."""
    found = Catalog(locale="en", domain="messages")
    for folder in ("service", "visualizations"):
        for filename, lineno, message, comments, context in extract_from_dir(
                ROOT / folder, method_map=[(p.split("/", 1)[1], m) for p, m in METHODS if p.startswith(folder)],
                keywords=KEYWORDS, comment_tags=("i18n:",), strip_comment_tags=True):
            found.add(message, locations=[(f"{folder}/{filename}", lineno)], context=context,
                      auto_comments=comments)
    return found


def translations() -> Catalog:
    with open(PO, "rb") as handle:
        return read_po(handle, locale="en")


def update() -> tuple[int, int]:
    """Merge the extracted messages into the .po (keeping every English already written) and
    compile it. Returns (messages, still without English)."""
    current = translations() if PO.exists() else Catalog(locale="en")
    merged = Catalog(locale="en", domain="messages", project="Tsunagu", copyright_holder="the Tsunagu contributors")
    for message in extract():
        if not message.id:
            continue
        old = current.get(message.id, context=message.context)
        merged.add(message.id, old.string if old else "", locations=message.locations, context=message.context,
                   auto_comments=message.auto_comments, flags=message.flags)
    PO.parent.mkdir(parents=True, exist_ok=True)
    with open(PO, "wb") as handle:
        write_po(handle, merged, sort_output=True, width=100, omit_header=False, include_lineno=False)
    compile_mo()
    untranslated = sum(1 for m in merged if m.id and not m.string)
    return len(merged), untranslated


def compile_mo() -> None:
    buffer = io.BytesIO()
    write_mo(buffer, translations(), use_fuzzy=False)
    MO.write_bytes(buffer.getvalue())


if __name__ == "__main__":
    total, missing = update()
    print(f"{total} messages, {missing} without English: {PO.relative_to(ROOT)}")
