"""Search by name or kana across people, groups, collaborations, events and capabilities.

Names and queries are *folded* the same way before matching: NFKC (full-width ＡＢＣ and
half-width ｶﾀｶﾅ become ABC and カタカナ), lower case, katakana → hiragana, no spaces, and
the old or variant forms of kanji common in names written as the usual ones (髙 → 高,
﨑 → 崎, 邊 → 辺, …: a registry form typed from a name card is the same person). So
「ﾀﾅｶ」, 「タナカ」 and 「たなか」 all find 田中 (whose kana is たなか), 「山田太郎」 finds
「山田 太郎」 and 「高橋」 finds 「髙橋」. The importer stores the folded key as `search` on
every node it writes; a text index makes CONTAINS on it fast. When the folding changes,
FOLDING's number goes up and the keys are written again when the app starts (`refresh`).
"""
from __future__ import annotations

import re
import unicodedata


TYPES = ("Person", "Group", "Collaboration", "Event", "Capability")
SPACES = re.compile(r"\s+")
_KATAKANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}  # data: katakana → hiragana
# data: variant kanji of names → the usual form (NFKC leaves these: they are characters of their
# own). Only forms of one character; not 斎/斉 or 冨/富, which families keep apart.
_PAIRS = ("髙高 﨑崎 嵜崎 碕崎 邊辺 邉辺 濱浜 濵浜 澤沢 齋斎 齊斉 德徳 廣広 國国 櫻桜 眞真 "  # data
          "惠恵 榮栄 嶋島 峯峰 藏蔵 會会 學学 檜桧 澁渋 瀨瀬 曾曽 淺浅 增増 實実 壽寿 與与")  # data
VARIANTS = {pair[0]: pair[1] for pair in _PAIRS.split()}
_FOLDS = {**_KATAKANA, **{ord(old): new for old, new in VARIANTS.items()}}
FOLDING = 2  # the folding's number: raised whenever `fold` changes, so that stored keys are written again


def fold(text: str | None) -> str:
    """The form in which names and queries are compared.

    >>> fold("ﾀﾅｶ ミワコ") == fold("たなか　みわこ") == "たなかみわこ"
    True
    >>> fold("髙橋　誠") == fold("高橋誠")
    True
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_FOLDS)
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


def refresh(graph) -> int:
    """Give a search key to the nodes written before keys existed (an older import), or to
    every node when the keys were folded another way (FOLDING)."""
    stale = (graph.read_one("search/folding") or {}).get("folding") != FOLDING
    rows = [{"element": r["element"], "search": key(r["name"], r["kana"])}
            for r in graph.read("search/keys_to_write", every=stale)]
    if rows or stale:
        graph.write("search/store_keys", rows=rows, folding=FOLDING)
    return len(rows)


def find(graph, query: str, types: tuple[str, ...] = TYPES, limit: int = 20) -> dict:
    """Matches grouped by type, shortest names first; `more` says a type had more than `limit`.
    Words apart are each looked for: 「桜台 町会」 finds 桜台一丁目町会, 「田中 美和子」 田中 美和子."""
    terms = [t for t in (fold(word) for word in query.split()) if t]
    groups = {t: {"items": [], "more": False} for t in types}
    if not terms:
        return {"query": query, "results": groups, "total": 0}
    for record in graph.read("search/find", q=max(terms, key=len), terms=terms, types=list(types), limit=limit + 1,
                             named=list(graph.reader.named)):
        bucket = groups[record["type"]]
        if len(bucket["items"]) < limit:
            bucket["items"].append(record["item"])
        else:
            bucket["more"] = True
    total = sum(len(g["items"]) for g in groups.values())
    return {"query": query, "results": groups, "total": total}
