# i18n: data — Japanese ways of writing booleans and dates, read from spreadsheets
"""Turn template text into typed values (dates, integers, booleans) for Cypher parameters.

Japanese offices write numbers in full width (１２), dates as 2024/4/1 or in 和暦
(令和6年4月1日, R6.4.1, 平成29年9月5日): all are read. Text is normalised to NFKC only for
parsing; names are stored as written.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

TRUE_WORDS = {"true", "yes", "1", "はい", "○", "〇", "有", "y"}
FALSE_WORDS = {"false", "no", "0", "いいえ", "×", "無", "n"}
ERAS = {"令和": 2018, "r": 2018, "平成": 1988, "h": 1988, "昭和": 1925, "s": 1925}
_ERA_DATE = re.compile(r"^(令和|平成|昭和|r|h|s)\s*(元|\d{1,2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$",
                       re.IGNORECASE)
_WESTERN = re.compile(r"^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$")


class ConversionError(ValueError):
    """A cell whose text is not of its column's type; `code` names the problem."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def convert(value, kind: str):
    """Text of a cell → the typed value, or None for an empty cell."""
    if isinstance(value, str):
        if kind == "str":  # most cells: ids and names, kept as written
            stripped = value.strip()
            if stripped.isascii():  # NFKC changes nothing in ASCII: empty exactly when blank
                return stripped or None
        return _convert_text(value, kind)
    return _convert_other(value, kind)


@lru_cache(maxsize=8192)
def _convert_text(value: str, kind: str):
    """The same conversion, kept for the texts seen last: a ward's files repeat their dates,
    strengths and roles hundreds of thousands of times (a failure is not kept: raised again)."""
    return _convert_other(value, kind)


def _convert_other(value, kind: str):
    if isinstance(value, (dt.date, dt.datetime)) and kind == "date":
        return value.date() if isinstance(value, dt.datetime) else value
    if isinstance(value, bool) and kind == "bool":
        return value
    if isinstance(value, (int, float)) and kind == "int" and float(value).is_integer():
        return int(value)
    text = unicodedata.normalize("NFKC", str(value)).strip() if value is not None else ""
    if text == "":
        return None
    if kind == "int":
        if not re.fullmatch(r"[+-]?\d+", text):
            raise ConversionError("int")
        return int(text)
    if kind == "date":
        return parse_date(text)
    if kind == "bool":
        lowered = text.lower()
        if lowered in TRUE_WORDS:
            return True
        if lowered in FALSE_WORDS:
            return False
        raise ConversionError("bool")
    return str(value).strip()


def parse_date(text: str) -> dt.date:
    text = unicodedata.normalize("NFKC", text).strip()
    text = re.sub(r"\s+00:00:00$", "", text)
    match = _WESTERN.match(text)
    try:
        if match:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        match = _ERA_DATE.match(text)
        if match:
            year = 1 if match.group(2) == "元" else int(match.group(2))
            return dt.date(ERAS[match.group(1).lower()] + year, int(match.group(3)), int(match.group(4)))
    except ValueError:
        pass
    raise ConversionError("date")
