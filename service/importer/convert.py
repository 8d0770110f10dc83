"""Turn template text into typed values (dates, integers, booleans) for Cypher parameters."""
from __future__ import annotations

import datetime as dt
import unicodedata

TRUE_WORDS = {"true", "yes", "1", "はい", "○", "〇", "有"}
FALSE_WORDS = {"false", "no", "0", "いいえ", "×", "無", ""}


class ConversionError(ValueError):
    """A cell whose text is not of its column's type; the message says what was expected."""


def convert(value: str, kind: str):
    text = unicodedata.normalize("NFKC", value).strip()
    if text == "":
        return None
    if kind == "int":
        try:
            return int(text)
        except ValueError:
            raise ConversionError("整数ではありません / not a whole number") from None
    if kind == "date":
        return parse_date(text)
    if kind == "bool":
        lowered = text.lower()
        if lowered in TRUE_WORDS:
            return True
        if lowered in FALSE_WORDS:
            return False
        raise ConversionError("true / false で入力してください / expected true or false")
    return value.strip()


def parse_date(text: str) -> dt.date:
    """ISO dates, and 2024/4/1 as Excel writes them."""
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ConversionError("日付は 2024-04-01 の形で入力してください / expected a date like 2024-04-01")
