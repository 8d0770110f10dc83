"""Search by name or kana across people, groups, collaborations, events and capabilities.

Names and queries are *folded* the same way before matching: NFKC (full-width ＡＢＣ and
half-width ｶﾀｶﾅ become ABC and カタカナ), lower case, katakana → hiragana, no spaces. So
「ﾀﾅｶ」, 「タナカ」 and 「たなか」 all find 田中 (whose kana is たなか), and 「山田太郎」
finds 「山田 太郎」. The importer stores the folded key as `search` on every node it writes;
a text index makes CONTAINS on it fast.
"""
from __future__ import annotations

import re
import unicodedata


TYPES = ("Person", "Group", "Collaboration", "Event", "Capability")
SPACES = re.compile(r"\s+")
_KATAKANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}  # data: katakana → hiragana


def fold(text: str | None) -> str:
    """The form in which names and queries are compared.

    >>> fold("ﾀﾅｶ ミワコ") == fold("たなか　みわこ") == "たなかみわこ"
    True
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_KATAKANA)
    return SPACES.sub("", folded)


def key(name: str | None, kana: str | None = None) -> str:
    """The stored search key of a node: its folded name and kana, one per line."""
    return "\n".join(part for part in (fold(name), fold(kana)) if part)


def add_keys(rows: list[dict]) -> list[dict]:
    """The importer's rows with their `search` key (rows without a name are left as they are)."""
    for row in rows:
        if "name" in row:
            row["search"] = key(row.get("name"), row.get("kana"))
    return rows


def backfill(graph) -> int:
    """Give a search key to nodes written before keys existed (an older import)."""
    rows = [{"element": r["element"], "search": key(r["name"], r["kana"])} for r in graph.read("search/missing_keys")]
    if rows:
        graph.write("search/store_keys", rows=rows)
    return len(rows)


def find(graph, query: str, types: tuple[str, ...] = TYPES, limit: int = 20) -> dict:
    """Matches grouped by type, shortest names first; `more` says a type had more than `limit`."""
    folded = fold(query)
    groups = {t: {"items": [], "more": False} for t in types}
    if not folded:
        return {"query": query, "results": groups, "total": 0}
    for record in graph.read("search/find", q=folded, types=list(types), limit=limit + 1,
                             named=list(graph.reader.named)):
        bucket = groups[record["type"]]
        if len(bucket["items"]) < limit:
            bucket["items"].append(record["item"])
        else:
            bucket["more"] = True
    total = sum(len(g["items"]) for g in groups.values())
    return {"query": query, "results": groups, "total": total}
