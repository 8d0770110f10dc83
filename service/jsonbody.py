"""Reading JSON request bodies safely: nesting thousands deep, or text that is not Unicode a
database can store (a lone surrogate such as "\\ud800"), is refused as a bad body (a 400 with
the usual error shape) instead of failing deep inside with a 500."""
from __future__ import annotations

import json

from flask.json.provider import DefaultJSONProvider

MAX_DEPTH = 32


class SafeJSONProvider(DefaultJSONProvider):
    def loads(self, s, **kwargs):
        try:
            value = json.loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deep") from None
        check(value)
        return value


def check(value) -> None:
    """ValueError when `value` nests deeper than MAX_DEPTH or holds a string that is not
    valid Unicode (walked without recursion)."""
    pending = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise ValueError("JSON nested too deep")
        if isinstance(item, str):
            _valid_text(item)
        elif isinstance(item, dict):
            for key, inner in item.items():
                _valid_text(key)
                pending.append((inner, depth + 1))
        elif isinstance(item, list):
            pending.extend((inner, depth + 1) for inner in item)


def _valid_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("JSON text is not valid Unicode") from None
