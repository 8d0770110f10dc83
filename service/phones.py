# i18n: data — the digits, separators and words of telephone numbers as typed, not interface text
"""Telephone numbers in a text a person typed (a survey's sender: 「地域福祉係 電話 03-1234-5678」)
made into links, so that a respondent reading on a phone calls with one tap.

A Japanese number is recognised as typed, half- or full-width (「０３－１２３４－５６７８」), with
hyphens, spaces or brackets between its digits: ten or eleven digits starting with 0 (a free
dial 0120 … too). The link dials the digits alone; the text stays as it was written."""
from __future__ import annotations

import re
import unicodedata

from markupsafe import Markup, escape

_DIGIT = "[0-9０-９]"
_BETWEEN = "[-‐－ー−–―()（） 　]"
_NUMBER = re.compile(f"(?<![0-9０-９])[(（]?[0０]{_DIGIT}(?:{_BETWEEN}{{0,3}}{_DIGIT}){{8,9}}(?![0-9０-９])")


def digits(number: str) -> str:
    """The digits of a number as typed, half-width: what a tel: link dials."""
    return "".join(c for c in unicodedata.normalize("NFKC", number) if c.isdigit())


_FAX = re.compile(r"(fax|ｆａｘ|ファ[ック]?クス|ファックス|ﾌｧｯｸｽ)[^0-9０-９]{0,4}$", re.IGNORECASE)  # data: how a fax number is announced


def linked(text: str | None) -> Markup:
    """`text` escaped, each telephone number in it a tel: link — not a fax number (「FAX：03-…」:
    a tap would dial a fax machine)."""
    if not text:
        return Markup("")
    out, last = [], 0
    for found in _NUMBER.finditer(text):
        if _FAX.search(text[max(0, found.start() - 8):found.start()]):
            continue
        out.append(escape(text[last:found.start()]))
        out.append(Markup('<a href="tel:{}">{}</a>').format(digits(found.group()), found.group()))
        last = found.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)
